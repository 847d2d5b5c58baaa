package dev.recap.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an OPML outline into the feed URLs of its {@code <outline xmlUrl>} elements, at any depth.
 * The XML parser is hardened: a DOCTYPE is refused outright, so no entity (internal or external) is
 * ever expanded; non-http(s) URLs are listed as skipped.
 */
public final class OpmlParser {

    /** The feeds listed in {@code content}, or a skip when it is not well-formed, DOCTYPE-free OPML. */
    public DocumentResult parse(byte[] content) {
        Objects.requireNonNull(content, "content");
        Document document;
        DocumentBuilder builder;
        try {
            builder = hardenedFactory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK cannot build a hardened XML parser", e);
        }
        try {
            builder.setErrorHandler(new DefaultHandler());
            document = builder.parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            String why = String.valueOf(e.getMessage()).contains("DOCTYPE")
                    ? "it declares a DOCTYPE, which is refused (no XML entities)"
                    : String.valueOf(e.getMessage());
            return DocumentResult.skipped(SkipReason.INVALID_FEED_LIST, "not a readable OPML list: " + why);
        }
        List<String> feeds = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        NodeList outlines = document.getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            String url = ((Element) outlines.item(i)).getAttribute("xmlUrl").strip();
            if (url.isEmpty()) {
                continue;
            }
            if (ParsedPost.isAbsoluteHttp(url)) {
                feeds.add(url);
            } else {
                skipped.add(url + ": not an absolute http(s) URL");
            }
        }
        return new DocumentResult.FeedList(feeds.stream().distinct().toList(), skipped);
    }

    static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a hardening feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
