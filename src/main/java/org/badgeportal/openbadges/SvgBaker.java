package org.badgeportal.openbadges;

import java.nio.ByteBuffer;
import java.util.Base64;
import javax.xml.XMLConstants;
import org.badgeportal.system.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Bakes an SVG as the Open Badges 2.0 baking specification describes: the root declares
 * {@code xmlns:openbadges="http://openbadges.org"} and its first child is
 * {@code <openbadges:assertion verify="{assertion URL}">} with the assertion JSON in a CDATA section.
 *
 * <p>The JSON comes ASCII-only (non-ASCII escaped by Jackson) and with every {@code >} written as the JSON escape
 * {@code \u005cu003e}: {@code >} only occurs inside JSON strings, so the text parses to the same value, and a
 * {@code "]]>"} an issuer wrote can never close the CDATA section early. The DOM writer escapes the attribute.
 */
final class SvgBaker {

    static final String OPENBADGES_NAMESPACE = "http://openbadges.org";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    private SvgBaker() {
    }

    /** An uploaded SVG (already sanitised when stored) with the assertion added. */
    static byte[] bake(byte[] svg, String verifyUrl, String asciiJson) {
        Document document = SecureXml.parse(svg);
        addAssertion(document, verifyUrl, asciiJson);
        return SecureXml.write(document);
    }

    /** An SVG that shows a PNG (as a data: URI), with the assertion. */
    static byte[] wrap(byte[] png, String verifyUrl, String asciiJson) {
        ByteBuffer header = ByteBuffer.wrap(png);
        String width = Integer.toString(header.getInt(16));
        String height = Integer.toString(header.getInt(20));
        Document document = SecureXml.newDocument();
        Element root = document.createElementNS(SVG_NAMESPACE, "svg");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:xlink", XLINK_NAMESPACE);
        root.setAttribute("width", width);
        root.setAttribute("height", height);
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        document.appendChild(root);
        Element image = document.createElementNS(SVG_NAMESPACE, "image");
        image.setAttribute("width", width);
        image.setAttribute("height", height);
        image.setAttributeNS(XLINK_NAMESPACE, "xlink:href",
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png));
        root.appendChild(image);
        addAssertion(document, verifyUrl, asciiJson);
        return SecureXml.write(document);
    }

    private static void addAssertion(Document document, String verifyUrl, String asciiJson) {
        Element root = document.getDocumentElement();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:openbadges", OPENBADGES_NAMESPACE);
        Element assertion = document.createElementNS(OPENBADGES_NAMESPACE, "openbadges:assertion");
        assertion.setAttribute("verify", verifyUrl);
        assertion.appendChild(document.createCDATASection(asciiJson.replace(">", "\\u003e")));
        root.insertBefore(assertion, root.getFirstChild());
    }
}
