package org.marsad.share.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;
import org.marsad.share.export.StixExport;
import org.marsad.share.marking.Markings;
import org.marsad.share.stix.Tlp;

/** Publishing the picture to the TAXII collections: new versions only, markings followed, withdrawals final. */
class PublicationTest {
  @TempDir
  Path dir;
  Database db;

  @BeforeEach
  void store() {
    db = Database.open(StoreLocation.embedded(dir.resolve("data")));
    TestData.ingestSamples(db);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    db.close();
  }

  private Publication.Result publish(Instant at) {
    return db.inTransaction(h -> new Publication(h, at).publish(StixExport.Options.of("test")));
  }

  private List<StoredObject> rows(String id) {
    return db.inTransaction(h -> new ObjectStore(h).rows(List.of(ObjectStore.PUBLISHED), Optional.of(id), o -> true));
  }

  @Test
  void publishingAgainAddsNothingNew() {
    Publication.Result first = publish(TestData.NOW);
    assertThat(first.added()).isPositive();
    assertThat(publish(TestData.NOW.plusSeconds(60)).added()).isZero();
  }

  @Test
  void theNodeComesFirstAndAddedIsStrictlyIncreasing() {
    publish(TestData.NOW);
    List<StoredObject> all = db.inTransaction(h -> new ObjectStore(h).rows(List.of(ObjectStore.PUBLISHED),
        Optional.empty(), o -> true));
    assertThat(all.get(0).id()).startsWith("identity--");
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).added()).isGreaterThan(all.get(i - 1).added());
    }
  }

  @Test
  void markingAFactRedPublishesANewRedVersion() {
    publish(TestData.NOW);
    String fact = db.inTransaction(h -> h.createQuery("SELECT stix_id FROM taxii_object WHERE object_type = "
        + "'relationship' ORDER BY added").mapTo(String.class).first());
    db.inTransaction(h -> {
      new Markings(h).set(StixExport.factTargets(h, fact, StixExport.Options.of("test"), TestData.NOW)
          .orElseThrow(), Tlp.RED, "test", TestData.NOW);
      return null;
    });
    publish(TestData.NOW.plusSeconds(60));
    List<StoredObject> versions = rows(fact);
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).labels().tlp()).isEqualTo(Tlp.RED);
  }

  @Test
  void aWithdrawnObjectIsRevokedAndNeverPublishedAgain() {
    publish(TestData.NOW);
    String report = db.inTransaction(h -> h.createQuery("SELECT stix_id FROM taxii_object WHERE object_type = "
        + "'report' ORDER BY added").mapTo(String.class).first());
    db.inTransaction(h -> {
      new Publication(h, TestData.NOW.plusSeconds(30)).withdraw(report, "test");
      return null;
    });
    publish(TestData.NOW.plusSeconds(60));
    List<StoredObject> versions = rows(report);
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).revoked()).isTrue();
    long withdrawn = db.inTransaction(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'WITHDRAWN' "
        + "AND object_id = :id").bind("id", report).mapTo(Long.class).one());
    assertThat(withdrawn).isEqualTo(1);
  }
}
