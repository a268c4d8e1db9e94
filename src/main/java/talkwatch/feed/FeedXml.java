package talkwatch.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;
import talkwatch.feed.FeedException.Problem;

/**
 * Parses feed text into a JDOM document with the parser locked down: a DOCTYPE is allowed (old RSS 0.91 feeds
 * carry one) but nothing external is ever loaded, and entity expansion is capped so a "billion laughs" document is
 * refused within milliseconds. See the OWASP XXE Prevention Cheat Sheet.
 */
final class FeedXml {
    static final int ENTITY_EXPANSION_LIMIT = 1_000;

    private static final Pattern NOT_XML_ENTITY =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#[xX][0-9a-fA-F]+);)");
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>])");
    private static final Pattern HTML_ANYWHERE = Pattern.compile("(?i)<html[\\s>]");

    private FeedXml() {}

    /** Junk before the first tag, or an entity reference XML does not define (only its five and numeric ones). */
    static boolean needsHealing(String text) {
        return text.isEmpty()
                || text.charAt(0) != '<'
                || NOT_XML_ENTITY.matcher(text).find();
    }

    static Document parse(Feed feed, String text) throws FeedException {
        if (text.isBlank()) {
            throw new FeedException(Problem.NOT_A_FEED, feed, "not a feed: the response body is empty");
        }
        if (HTML_START.matcher(text).find()) {
            throw htmlPage(feed);
        }
        try {
            // The healer turns HTML entities such as &nbsp; into character references and drops junk before
            // the prolog; both are common in real feeds. It reads a character at a time, so well-formed text
            // (the usual case) skips it: parsing then takes half the time.
            Reader reader = needsHealing(text) ? new XmlFixerReader(new StringReader(text)) : new StringReader(text);
            Document document = builder().build(new InputSource(reader));
            if (document.getRootElement().getName().equalsIgnoreCase("html")) {
                throw htmlPage(feed);
            }
            return document;
        } catch (JDOMParseException e) {
            if (HTML_ANYWHERE
                    .matcher(text.substring(0, Math.min(text.length(), 2048)))
                    .find()) {
                throw htmlPage(feed);
            }
            throw new FeedException(Problem.MALFORMED, feed, malformed(e), e);
        } catch (JDOMException | IOException e) {
            throw new FeedException(Problem.MALFORMED, feed, "malformed XML: " + e.getMessage(), e);
        }
    }

    private static String malformed(JDOMParseException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage()
                : e.getMessage();
        if (detail.contains("JAXP00010001") || detail.contains("entity expansions")) {
            // the line the parser reports is inside the entity, not in the document: leave it out
            return "XML refused: more than " + ENTITY_EXPANSION_LIMIT + " entity expansions (an entity bomb)";
        }
        return "malformed XML at line " + e.getLineNumber() + ": " + detail;
    }

    private static FeedException htmlPage(Feed feed) {
        return new FeedException(Problem.NOT_A_FEED, feed, "not a feed: HTML page");
    }

    private static SAXBuilder builder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        builder.setProperty(
                "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit",
                String.valueOf(ENTITY_EXPANSION_LIMIT));
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setExpandEntities(true);
        return builder;
    }
}
