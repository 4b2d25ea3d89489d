package org.badgeportal.images;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.badgeportal.system.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A strict allowlist check for SVG: the document is parsed by a hardened parser (no DOCTYPE, no entities, nothing
 * loaded from outside) and every element, attribute and style must be a plain drawing feature. Anything else is
 * refused, never silently removed, so what is stored is exactly what the issuer uploaded.
 */
final class SvgSanitizer {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of(
            "svg", "g", "defs", "title", "desc", "symbol", "use",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
            "text", "tspan",
            "linearGradient", "radialGradient", "stop", "clipPath", "mask", "style");

    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script", "foreignObject", "iframe", "object", "embed", "image", "feImage", "a", "animate", "set",
            "animateMotion", "animateTransform", "handler", "listener", "audio", "video", "canvas");

    private static final Set<String> ATTRIBUTES = Set.of(
            "id", "class", "style", "lang", "role", "aria-label", "aria-hidden", "version", "baseProfile",
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height",
            "d", "points", "pathLength", "transform", "viewBox", "preserveAspectRatio", "href",
            "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
            "display", "visibility", "overflow", "vector-effect", "shape-rendering", "text-rendering", "paint-order",
            "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
            "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch",
            "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing",
            "word-spacing", "text-decoration", "writing-mode", "dx", "dy", "rotate", "textLength", "lengthAdjust",
            "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "type",
            "media");

    /** The only url() allowed anywhere: a reference to something inside the same document. */
    private static final Pattern URL_CALL = Pattern.compile("url\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)#[A-Za-z_][\\w.:-]*\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("#[A-Za-z_][\\w.:-]*");

    private SvgSanitizer() {
    }

    /** Looks like an SVG document: text whose first tag is {@code <svg} or an XML declaration or comment. */
    static boolean looksLikeSvg(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        while (start < bytes.length && Character.isWhitespace(bytes[start])) {
            start++;
        }
        return start < bytes.length && bytes[start] == '<';
    }

    /** Throws if the SVG is not well-formed or contains anything beyond plain drawing. */
    static void check(byte[] bytes) throws ImageRejectedException {
        Document document;
        try {
            document = SecureXml.parse(bytes);
        } catch (IllegalArgumentException e) {
            throw new ImageRejectedException("image.svg.unreadable");
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new ImageRejectedException("image.type");
        }
        checkChildren(document);
    }

    private static void checkChildren(Node parent) throws ImageRejectedException {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            switch (node.getNodeType()) {
                case Node.ELEMENT_NODE -> checkElement((Element) node);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE -> {
                    if (parent instanceof Element element && "style".equals(element.getLocalName())) {
                        checkStyle(node.getNodeValue());
                    }
                }
                default -> throw new ImageRejectedException("image.svg.active", node.getNodeName());
            }
        }
    }

    private static void checkElement(Element element) throws ImageRejectedException {
        String name = element.getLocalName();
        if (ACTIVE_ELEMENTS.contains(name)) {
            throw new ImageRejectedException("image.svg.active", "<" + name + ">");
        }
        if (!SVG_NAMESPACE.equals(element.getNamespaceURI()) || !ELEMENTS.contains(name)) {
            throw new ImageRejectedException("image.svg.element", "<" + element.getTagName() + ">");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute((Attr) attributes.item(i));
        }
        checkChildren(element);
    }

    private static void checkAttribute(Attr attribute) throws ImageRejectedException {
        String namespace = attribute.getNamespaceURI();
        String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
        String value = attribute.getValue();
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            throw new ImageRejectedException("image.svg.active", attribute.getName());
        }
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespace)) {
            return;
        }
        if (XMLConstants.XML_NS_URI.equals(namespace) && ("space".equals(name) || "lang".equals(name))) {
            return;
        }
        boolean plain = namespace == null;
        boolean xlinkHref = XLINK_NAMESPACE.equals(namespace) && "href".equals(name);
        if (!(plain && ATTRIBUTES.contains(name)) && !xlinkHref) {
            throw new ImageRejectedException("image.svg.attribute", attribute.getName());
        }
        if ("href".equals(name)) {
            if (!LOCAL_REFERENCE.matcher(value.strip()).matches()) {
                throw new ImageRejectedException("image.svg.active", attribute.getName() + "=\"" + value + "\"");
            }
            return;
        }
        if ("style".equals(name)) {
            checkStyle(value);
        } else {
            checkUrls(value);
        }
    }

    /** Style text: local url(#id) only, no @import, no escapes that could hide either, no legacy expressions. */
    private static void checkStyle(String css) throws ImageRejectedException {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("@import") || lower.contains("\\") || lower.contains("expression")
                || lower.contains("javascript:") || lower.contains("-moz-binding") || lower.contains("behavior")) {
            throw new ImageRejectedException("image.svg.style");
        }
        checkUrls(css);
    }

    private static void checkUrls(String value) throws ImageRejectedException {
        String withoutLocal = LOCAL_URL.matcher(value).replaceAll("");
        if (URL_CALL.matcher(withoutLocal).find()) {
            throw new ImageRejectedException("image.svg.style");
        }
    }
}
