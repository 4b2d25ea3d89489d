// An independent check of an Open Badges 3.0 credential issued by the portal, with Digital Bazaar's
// implementations of Verifiable Credentials and Data Integrity (eddsa-rdfc-2022): code that shares nothing
// with the portal's own signing. Offline: every JSON-LD context comes from a package or from the bundled
// Open Badges context file, did:key is resolved locally, and any other URL is refused.
//
//   node verify.mjs CREDENTIAL.json OB_CONTEXT.json   -> prints "verified" (exit 0) or the reasons (exit 1)
import {readFile} from 'node:fs/promises';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as DidKey from '@digitalbazaar/did-method-key';
import {JsonLdDocumentLoader} from 'jsonld-document-loader';
import * as credentials from '@digitalbazaar/credentials-context';
import * as didContext from 'did-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';

const [credentialFile, obContextFile] = process.argv.slice(2);
const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

const loader = new JsonLdDocumentLoader();
loader.addDocuments({documents: credentials.contexts});
loader.addDocuments({documents: didContext.contexts});
loader.addDocuments({documents: multikeyContext.contexts});
loader.addDocuments({documents: dataIntegrityContext.contexts});
loader.addStatic(OB_CONTEXT, JSON.parse(await readFile(obContextFile, 'utf8')));
const didKey = DidKey.driver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});
loader.setDidResolver(didKey);
const documentLoader = loader.build();

const credential = JSON.parse(await readFile(credentialFile, 'utf8'));
const suite = new DataIntegrityProof({cryptosuite});
const result = await vc.verifyCredential({credential, suite, documentLoader});
if (result.verified) {
  console.log('verified: ' + credential.proof.verificationMethod);
} else {
  const errors = [result.error, ...(result.results ?? []).map(r => r.error)].filter(Boolean);
  console.log('NOT verified: ' + errors.map(e => e.message ?? String(e)).join('; '));
  process.exitCode = 1;
}
