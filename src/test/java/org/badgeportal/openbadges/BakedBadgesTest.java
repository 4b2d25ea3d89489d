package org.badgeportal.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.badgeportal.system.PortalProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Baked PNG and SVG downloads: the assertion read back the way a backpack reads it. */
@PortalTest
class BakedBadgesTest {

    private static final String HOSTILE = "Badge ]]><script>alert(1)</script> \"quoted\" & 'single' <b>";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObFixtures fixtures;
    @Autowired
    JsonMapper json;
    @Autowired
    PortalProperties properties;

    Account owner;
    Issuer issuer;

    @BeforeEach
    void setUp() {
        owner = fixtures.owner();
        issuer = fixtures.issuer(owner);
    }

    private MockHttpServletResponse download(String publicId, String extension, int status) throws Exception {
        return mvc.perform(get("/awards/" + publicId + "/badge." + extension))
                .andExpect(status().is(status))
                .andReturn().getResponse();
    }

    private JsonNode assertionOf(String publicId) throws Exception {
        return json.readTree(mvc.perform(get("/awards/" + publicId + "/assertion.json"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The texts of the iTXt entries keyed {@code openbadges}, read through ImageIO's standard PNG metadata. */
    private static List<String> openBadgesTexts(byte[] png) throws Exception {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(input);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_png_1.0");
            List<String> texts = new ArrayList<>();
            for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node.getNodeName().equals("iTXt")) {
                    for (Node entry = node.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                        Element element = (Element) entry;
                        if (element.getAttribute("keyword").equals("openbadges")) {
                            texts.add(element.getAttribute("text"));
                        }
                    }
                }
            }
            reader.dispose();
            return texts;
        }
    }

    private static Document parseSecurely(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private void assertBakedPng(MockHttpServletResponse response, String publicId, Badge badge) throws Exception {
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment").contains("filename=\"" + badge.getSlug() + ".png\"");
        List<String> texts = openBadgesTexts(response.getContentAsByteArray());
        assertThat(texts).hasSize(1);
        assertThat(json.readTree(texts.get(0))).isEqualTo(assertionOf(publicId));
    }

    /** The one openbadges:assertion element: its verify attribute and its text as JSON. */
    private Element assertBakedSvg(MockHttpServletResponse response, String publicId, Badge badge) throws Exception {
        assertThat(response.getContentType()).startsWith("image/svg+xml");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment").contains("filename=\"" + badge.getSlug() + ".svg\"");
        Document svg = parseSecurely(response.getContentAsByteArray());
        NodeList assertions = svg.getElementsByTagNameNS("http://openbadges.org", "assertion");
        assertThat(assertions.getLength()).isEqualTo(1);
        Element assertion = (Element) assertions.item(0);
        assertThat(assertion.getParentNode()).isSameAs(svg.getDocumentElement());
        assertThat(assertion.getAttribute("verify")).isEqualTo(properties.link("/awards/" + publicId + "/assertion.json"));
        assertThat(json.readTree(assertion.getTextContent())).isEqualTo(assertionOf(publicId));
        return assertion;
    }

    @Test
    void aStoredPngIsBakedWithAnOpenBadgesITxtChunkAndKeepsItsPicture() throws Exception {
        byte[] source = TestImages.png(80, 60);
        Badge badge = fixtures.badgeWithImage(issuer, "Lifeguard", source);
        String publicId = fixtures.award(badge, TestData.unique("s") + "@example.org");

        MockHttpServletResponse response = download(publicId, "png", 200);

        assertBakedPng(response, publicId, badge);
        byte[] baked = response.getContentAsByteArray();
        assertThat(baked.length).isGreaterThan(source.length);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(baked));
        assertThat(picture.getWidth()).isEqualTo(80);
        assertThat(picture.getHeight()).isEqualTo(60);
        int iend = source.length - 12;
        assertThat(Arrays.copyOfRange(baked, 0, iend)).as("every chunk before IEND is kept as it was")
                .isEqualTo(Arrays.copyOfRange(source, 0, iend));
        assertThat(Arrays.copyOfRange(baked, baked.length - 12, baked.length))
                .isEqualTo(Arrays.copyOfRange(source, iend, source.length));
    }

    @Test
    void jpegSvgAndOutsideImagesStillGiveABakedPng() throws Exception {
        Badge jpeg = fixtures.badgeWithImage(issuer, "Photo", TestImages.jpeg(40, 40));
        Badge svg = fixtures.badgeWithImage(issuer, "Vector", TestImages.cleanSvg());
        Badge outside = fixtures.badge(issuer, "Linked picture");

        for (Badge badge : List.of(jpeg, svg, outside)) {
            String publicId = fixtures.award(badge, TestData.unique("m") + "@example.org");
            assertBakedPng(download(publicId, "png", 200), publicId, badge);
        }
    }

    @Test
    void aBakedPngUploadedAsABadgeImageCarriesOnlyTheNewAssertion() throws Exception {
        Badge first = fixtures.badgeWithImage(issuer, "First", TestImages.png());
        String firstAward = fixtures.award(first, TestData.unique("a") + "@example.org");
        byte[] baked = download(firstAward, "png", 200).getContentAsByteArray();
        Badge second = fixtures.badgeWithImage(issuer, "Second", baked);
        String secondAward = fixtures.award(second, TestData.unique("b") + "@example.org");

        assertBakedPng(download(secondAward, "png", 200), secondAward, second);
    }

    @Test
    void aStoredSvgIsBakedWithAnOpenBadgesAssertionElement() throws Exception {
        Badge badge = fixtures.badgeWithImage(issuer, "Vector", TestImages.cleanSvg());
        String publicId = fixtures.award(badge, TestData.unique("v") + "@example.org");

        MockHttpServletResponse response = download(publicId, "svg", 200);

        assertBakedSvg(response, publicId, badge);
        Document svg = parseSecurely(response.getContentAsByteArray());
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength()).isEqualTo(1);
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(BakedBadgeController.SVG_POLICY);
    }

    @Test
    void issuerTextThatLooksLikeMarkupStaysTextInTheSvgAndJsonInThePng() throws Exception {
        Badge badge = fixtures.badgeWithImage(issuer, HOSTILE, TestImages.png());
        String publicId = fixtures.award(AwardRequest.of(badge, TestData.unique("h") + "@example.org")
                .withNarrative("Narrative " + HOSTILE + " ünïcödé"));

        MockHttpServletResponse svgResponse = download(publicId, "svg", 200);
        Element assertion = assertBakedSvg(svgResponse, publicId, badge);
        assertThat(json.readTree(assertion.getTextContent()).get("narrative").asString())
                .isEqualTo("Narrative " + HOSTILE + " ünïcödé");
        Document svg = parseSecurely(svgResponse.getContentAsByteArray());
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength()).isEqualTo(1);

        assertBakedPng(download(publicId, "png", 200), publicId, badge);
    }

    @Test
    void aBadgeWithoutAStoredImageGetsADrawnPictureInBothBakes() throws Exception {
        Badge badge = fixtures.badge(issuer, "Night Swimmer");
        String publicId = fixtures.award(badge, TestData.unique("d") + "@example.org");

        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(
                download(publicId, "png", 200).getContentAsByteArray()));
        assertThat(drawn.getWidth()).isEqualTo(DrawnBadge.SIZE);
        assertBakedSvg(download(publicId, "svg", 200), publicId, badge);
    }

    @Test
    void revokedAndPendingAwardsHaveNoBakedImage() throws Exception {
        Badge badge = fixtures.badgeWithImage(issuer, "Revocable", TestImages.png());
        String revoked = fixtures.award(badge, TestData.unique("r") + "@example.org");
        fixtures.revoke(revoked, "Issued by mistake", owner);
        Issuer consenting = fixtures.issuerWithConsent(owner);
        String pending = fixtures.award(fixtures.badge(consenting, "Waiting"), TestData.unique("p") + "@example.org");

        for (String extension : List.of("png", "svg")) {
            MockHttpServletResponse gone = download(revoked, extension, 410);
            JsonNode notice = json.readTree(gone.getContentAsString(StandardCharsets.UTF_8));
            assertThat(notice.get("revoked").asBoolean()).isTrue();
            assertThat(notice.get("revocationReason").asString()).isEqualTo("Issued by mistake");
            assertThat(json.readTree(download(pending, extension, 404).getContentAsString(StandardCharsets.UTF_8))
                    .get("error").asString()).isEqualTo("not found");
            download("no-such-award", extension, 404);
        }
    }
}
