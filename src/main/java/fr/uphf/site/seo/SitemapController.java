package fr.uphf.site.seo;

import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.uphf.site.shared.SitemapEntry;
import fr.uphf.site.translation.Addresses;
import fr.uphf.site.web.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For search engines: sitemap.xml lists every public page with its last change; robots.txt points at it. */
@RestController
class SitemapController {

    private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private final PublicPages pages;
    private final SiteProperties site;
    private final Addresses addresses;

    SitemapController(PublicPages pages, SiteProperties site, Addresses addresses) {
        this.pages = pages;
        this.site = site;
        this.addresses = addresses;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    String sitemap() throws XMLStreamException {
        List<SitemapEntry> entries = pages.all().stream()
                .sorted(Comparator.comparing(SitemapEntry::path))
                .toList();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
        xml.writeNamespace("xhtml", XHTML_NAMESPACE);
        for (SitemapEntry entry : entries) {
            String english = addresses.english(entry.path());
            url(xml, entry.path(), entry, english);
            if (entry.inEnglish()) {
                url(xml, english, entry, english);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return """
                User-agent: *
                Disallow: /admin
                Disallow: /actuator
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
    }

    /** One address, with its alternates in both languages when the page has its English text. */
    private void url(XMLStreamWriter xml, String path, SitemapEntry entry, String english) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", site.absolute(path));
        element(xml, "lastmod", entry.lastModified().toString());
        if (entry.inEnglish()) {
            alternate(xml, "fr", entry.path());
            alternate(xml, "en", english);
            alternate(xml, "x-default", entry.path());
        }
        xml.writeEndElement();
    }

    private void alternate(XMLStreamWriter xml, String language, String path) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML_NAMESPACE);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", site.absolute(path));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
