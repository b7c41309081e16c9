package org.marsad.kb.export;

import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marsad.extract.Role;
import org.marsad.kb.query.Fact;
import org.marsad.kb.store.StoredEntity;

/**
 * The network as GraphML for Gephi: entities are nodes, and each fact links its first-role entities (subject,
 * agent or participants) to the others, with its type, date, modality and confidence as edge attributes.
 */
public final class GraphMlExport {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  private GraphMlExport() {
  }

  public static void write(ExportData data, Writer out) {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      key(x, "label", "node", "label", "string");
      key(x, "label_en", "node", "label_en", "string");
      key(x, "entity_type", "node", "entity_type", "string");
      key(x, "ident", "node", "ident", "string");
      key(x, "type", "edge", "type", "string");
      key(x, "when", "edge", "when", "string");
      key(x, "modality", "edge", "modality", "string");
      key(x, "confidence", "edge", "confidence", "double");
      key(x, "reports", "edge", "reports", "int");
      x.writeStartElement("graph");
      x.writeAttribute("edgedefault", "directed");
      Set<Long> nodes = new LinkedHashSet<>();
      data.facts().forEach(f -> f.args().values().forEach(nodes::addAll));
      for (Long id : nodes) {
        StoredEntity e = data.entity(id);
        x.writeStartElement("node");
        x.writeAttribute("id", "n" + id);
        data(x, "label", e.name());
        data(x, "label_en", e.nameEn() == null ? "" : e.nameEn());
        data(x, "entity_type", e.type().name());
        data(x, "ident", e.ident());
        x.writeEndElement();
      }
      int n = 0;
      for (Fact f : data.facts()) {
        List<Long> from = first(f);
        for (int i = 0; i < from.size(); i++) {
          // participants of a meeting or merger are linked to each other as well as to the rest
          for (int j = i + 1; j < from.size() && f.arg(Role.PARTICIPANTS) == from; j++) {
            edge(x, ++n, from.get(i), from.get(j), f);
          }
          for (List<Long> ids : f.args().values()) {
            for (Long b : ids) {
              if (!from.contains(b)) {
                edge(x, ++n, from.get(i), b, f);
              }
            }
          }
        }
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the GraphML export: " + e.getMessage(), e);
    }
  }

  private static void edge(XMLStreamWriter x, int n, long a, long b, Fact f) throws XMLStreamException {
    x.writeStartElement("edge");
    x.writeAttribute("id", "e" + n);
    x.writeAttribute("source", "n" + a);
    x.writeAttribute("target", "n" + b);
    data(x, "type", f.type().name());
    data(x, "when", f.when().map(Object::toString).orElse(""));
    data(x, "modality", f.modality().name());
    data(x, "confidence", String.format(Locale.ROOT, "%.3f", f.confidence().value()));
    data(x, "reports", Integer.toString(f.confidence().reports()));
    x.writeEndElement();
  }

  private static List<Long> first(Fact f) {
    for (Role r : List.of(Role.SUBJECT, Role.AGENT, Role.PARTICIPANTS)) {
      if (!f.arg(r).isEmpty()) {
        return f.arg(r);
      }
    }
    return List.of();
  }

  private static void key(XMLStreamWriter x, String id, String domain, String name, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
