package talkwatch.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import talkwatch.config.ConfigException;
import talkwatch.feed.Feed;

/** OPML 2.0 (http://opml.org/spec2.opml) subscription lists: read every outline with an xmlUrl, write one per feed. */
final class Opml {

    /** One subscription of an OPML file: its title (or text) and feed URL. */
    record Outline(String title, String xmlUrl) {}

    private Opml() {}

    /** The outlines with an {@code xmlUrl}, in document order, nested folders included. DTDs are refused. */
    static List<Outline> read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            var document = builder.parse(Files.newInputStream(file));
            if (!document.getDocumentElement().getTagName().equals("opml")) {
                throw new ConfigException(file + ": not an OPML file (the root element is <"
                        + document.getDocumentElement().getTagName() + ">, expected <opml>)");
            }
            NodeList outlines = document.getElementsByTagName("outline");
            List<Outline> found = new ArrayList<>();
            for (int i = 0; i < outlines.getLength(); i++) {
                Element outline = (Element) outlines.item(i);
                String url = outline.getAttribute("xmlUrl").strip();
                if (url.isEmpty()) {
                    continue;
                }
                String title = outline.getAttribute("title").strip();
                found.add(new Outline(
                        title.isEmpty() ? outline.getAttribute("text").strip() : title, url));
            }
            return found;
        } catch (SAXException e) {
            throw new ConfigException(file + ": not well-formed XML: " + e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
        }
    }

    /** An OPML 2.0 document listing {@code feeds}, each as {@code <outline type="rss">}. */
    static String write(List<Feed> feeds, Optional<String> title) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("head");
            xml.writeStartElement("title");
            xml.writeCharacters(title.orElse("talkwatch feeds"));
            xml.writeEndElement();
            xml.writeStartElement("dateCreated");
            xml.writeCharacters(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("body");
            for (Feed feed : feeds) {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("outline");
                xml.writeAttribute("type", "rss");
                xml.writeAttribute("text", feed.name());
                xml.writeAttribute("title", feed.name());
                xml.writeAttribute("xmlUrl", feed.url().toString());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing OPML to a string", e);
        }
        return out + "\n";
    }
}
