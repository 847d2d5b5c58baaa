package dev.recap.ingest.parse;

import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.output.Format;
import org.jdom2.output.LineSeparator;
import org.jdom2.output.XMLOutputter;
import org.xml.sax.InputSource;

/**
 * Reads feed bytes into a JDOM document with ROME's own hardened SAX builder (DOCTYPEs refused, so no XML
 * entities; no external DTDs), so the same document serves ROME and what ROME does not keep: each item's
 * element, in document order, for its written dates and for its XML in a dead letter.
 */
final class FeedXml extends WireFeedInput {

    FeedXml() {
        super(false, Locale.ROOT);
        setAllowDoctypes(false);
        setXmlHealerOn(false);
    }

    /** The document in {@code content}; the XML declaration names its encoding. */
    Document read(byte[] content) throws JDOMException, IOException {
        return createSAXBuilder().build(new InputSource(new ByteArrayInputStream(content)));
    }

    /**
     * The item elements of a feed in document order: RSS 0.9x/2.0 {@code channel/item}, RSS 1.0 and 0.90
     * {@code item} beside the channel, Atom {@code entry}.
     */
    static List<Element> items(Document document) {
        Element root = document.getRootElement();
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) {
                child.getChildren().stream()
                        .filter(e -> e.getName().equals("item"))
                        .forEach(items::add);
            } else if (child.getName().equals("item") || child.getName().equals("entry")) {
                items.add(child);
            }
        }
        return items;
    }

    /** {@code item} as XML text, with the namespace declarations it needs and its line ends as written. */
    static String xml(Element item) {
        return new XMLOutputter(Format.getRawFormat().setLineSeparator(LineSeparator.NONE)).outputString(item);
    }
}
