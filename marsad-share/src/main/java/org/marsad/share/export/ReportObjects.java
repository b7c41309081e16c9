package org.marsad.share.export;

import java.util.List;
import java.util.Map;
import org.marsad.kb.store.StoredReport;
import org.marsad.share.stix.Admiralty;
import org.marsad.share.stix.MarsadExtension;
import org.marsad.share.stix.StixId;
import org.marsad.share.stix.StixJson;
import org.marsad.share.stix.Tlp;

/**
 * A stored report as a STIX {@code report}: what it names and the facts it supports, its source first. The text
 * itself stays home (it is the publisher's); each fact carries its own quotes.
 */
final class ReportObjects {
  private final NodeIdentity node;

  ReportObjects(NodeIdentity node) {
    this.node = node;
  }

  StixId id(String sha256) {
    return node.derive("report", "report:" + sha256);
  }

  Map<String, Object> object(StoredReport r, String sourceRef, List<String> refs, Tlp marking) {
    Map<String, Object> m = Sdo.start(id(r.sha256()), node, marking);
    m.put("name", r.title().filter(t -> !t.isBlank()).orElse(r.inputName()));
    m.put("report_types", List.of("threat-report"));
    m.put("published", r.published().map(StixJson::timestamp).orElse(StixJson.timestamp(r.ingestedAt())));
    Admiralty.confidence(r.grade().credibility()).ifPresent(c -> m.put("confidence", c));
    m.put("lang", r.language());
    m.put("external_references", List.of(Map.of("source_name", r.source(), "external_id", "sha256:" + r.sha256())));
    java.util.List<String> all = new java.util.ArrayList<>();
    all.add(sourceRef);
    refs.stream().filter(x -> !all.contains(x)).forEach(all::add);
    m.put("object_refs", all);
    Map<String, Object> body = MarsadExtension.body("report");
    body.put("source", r.source());
    body.put("reliability", r.grade().reliability().name());
    body.put("credibility", r.grade().credibility().code());
    body.put("sha256", r.sha256());
    // STIX requires a published time; this says whether the source gave one, or it is the day it was read
    r.published().ifPresent(d -> body.put("published", d.toString()));
    body.put("language", r.language());
    r.url().filter(u -> !u.isBlank()).ifPresent(u -> body.put("url", u));
    Sdo.extend(m, body);
    return m;
  }
}
