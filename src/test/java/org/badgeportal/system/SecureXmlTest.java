package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The parser reads plain namespaced XML and refuses DOCTYPEs and entities, so nothing is loaded from elsewhere. */
class SecureXmlTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsNamespacedXmlAndWritesItBackAsUtf8() {
        Document document = SecureXml.parse(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Ünïcode</title>"
                + "</svg>"));

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(new String(SecureXml.write(document), StandardCharsets.UTF_8))
                .contains("encoding=\"UTF-8\"").contains("<title>Ünïcode</title>");
    }

    @Test
    void refusesExternalEntitiesAndAnyDoctype() {
        assertThatThrownBy(() -> SecureXml.parse(utf8("<?xml version=\"1.0\"?><!DOCTYPE svg ["
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg>&xxe;</svg>")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecureXml.parse(utf8("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg/>")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecureXml.parse(utf8("<svg><unclosed></svg>")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesANewParserEachTime() {
        assertThat(SecureXml.documentBuilder()).isNotSameAs(SecureXml.documentBuilder());
        assertThat(SecureXml.documentBuilder().isNamespaceAware()).isTrue();
        assertThat(SecureXml.newDocument().getDocumentElement()).isNull();
    }
}
