#!/usr/bin/env bash
# Checks an award's Open Badges 3.0 credential from a running portal with an independent verifier (Digital
# Bazaar's reference implementations of Verifiable Credentials and eddsa-rdfc-2022, see verify.mjs), offline,
# then changes one character of it and checks that verification fails.
#
#   src/verify-credential/check.sh http://localhost:8080/awards/ID/credential.json
#
# Needs Node.js 18+ and npm (the packages are installed next to this script on first use, from package-lock.json).
set -euo pipefail
cd "$(dirname "$0")"
URL=${1:?usage: check.sh CREDENTIAL_URL}
[ -d node_modules ] || npm ci --no-audit --no-fund --silent
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OB_CONTEXT=../main/resources/credentials/contexts/ob-context-3.0.3.json

curl -fsS "$URL" > "$WORK/credential.json"
echo "as published:"
node verify.mjs "$WORK/credential.json" "$OB_CONTEXT"

# One character of the achievement's name changed (its first letter swapped for another).
python3 - "$WORK/credential.json" > "$WORK/tampered.json" <<'PY'
import json, sys
credential = json.load(open(sys.argv[1]))
name = credential["credentialSubject"]["achievement"]["name"]
credential["credentialSubject"]["achievement"]["name"] = ("X" if name[0] != "X" else "Y") + name[1:]
print(json.dumps(credential))
PY
echo "with one character of the achievement's name changed:"
if node verify.mjs "$WORK/tampered.json" "$OB_CONTEXT"; then
  echo "the tampered copy verified: this must not happen" >&2
  exit 1
fi
echo "the tampered copy is refused, as it must be"
