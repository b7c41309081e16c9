package org.marsad.share.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.StoreLocation;
import org.marsad.share.TestData;

/** The chain holds when untouched and breaks, saying where, at any edit, deletion or reordering of a row. */
class AuditLogTest {
  @TempDir
  Path dir;
  Database db;
  AuditLog log;

  /** Where the store lives; {@link AuditLogPostgresTest} runs the same rules on PostgreSQL. */
  StoreLocation location(Path dir) {
    return StoreLocation.embedded(dir.resolve("data"));
  }

  @BeforeEach
  void fill() {
    db = Database.open(location(dir));
    log = new AuditLog(db.handle());
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      entries.add(new AuditEntry("analyst", AuditAction.EXPORTED, "report--00000000-0000-4000-8000-00000000000" + i,
          "a".repeat(63) + i));
    }
    log.append(entries, TestData.NOW);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private AuditVerifier.Result verify() {
    return new AuditVerifier(log).verify(Optional.empty());
  }

  private void sql(String statement) {
    db.handle().execute(statement);
  }

  @Test
  void anUntouchedLogVerifies() {
    AuditVerifier.Result r = verify();
    assertThat(r.intact()).as(r.problems().toString()).isTrue();
    assertThat(r.records()).isEqualTo(5);
    assertThat(r.head().orElseThrow().seq()).isEqualTo(5);
  }

  @Test
  void appendingContinuesTheChain() {
    log.append(List.of(new AuditEntry("paris", AuditAction.RECEIVED, "bundle--00000000-0000-4000-8000-000000000009",
        "b".repeat(64))), TestData.NOW.plusSeconds(60));
    assertThat(verify().intact()).isTrue();
    assertThat(verify().records()).isEqualTo(6);
  }

  @Test
  void anEditedRowIsFound() {
    sql("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3");
    assertThat(verify().problems()).singleElement().asString().contains("record 3").contains("edited");
  }

  @Test
  void anEditedActionIsFound() {
    sql("UPDATE audit_log SET action = 'VIEWED' WHERE seq = 2");
    assertThat(verify().problems()).anyMatch(p -> p.contains("record 2"));
  }

  @Test
  void aDeletedRowIsFound() {
    sql("DELETE FROM audit_log WHERE seq = 2");
    assertThat(verify().problems()).anyMatch(p -> p.contains("record 3") && p.contains("missing"));
  }

  @Test
  void reorderedRowsAreFound() {
    sql("UPDATE audit_log SET seq = 100 WHERE seq = 2");
    sql("UPDATE audit_log SET seq = 2 WHERE seq = 4");
    sql("UPDATE audit_log SET seq = 4 WHERE seq = 100");
    assertThat(verify().intact()).isFalse();
    assertThat(verify().problems()).anyMatch(p -> p.contains("record 2"));
  }

  @Test
  void aRowRehashedAfterAnEditStillBreaksTheNext() {
    AuditRecord third = new ArrayList<AuditRecord>() {
      {
        log.forEach(this::add);
      }
    }.get(2);
    String forged = AuditRecord.hashOf(3, third.at(), "forger", third.action(), third.objectId(), third.objectHash(),
        third.prevHash());
    sql("UPDATE audit_log SET actor = 'forger', record_hash = '" + forged + "' WHERE seq = 3");
    assertThat(verify().problems()).singleElement().asString().contains("record 4");
  }

  @Test
  void aCutTailIsFoundAgainstAHeadKeptElsewhere() {
    AuditRecord head = verify().head().orElseThrow();
    sql("DELETE FROM audit_log WHERE seq = 5");
    assertThat(verify().intact()).isTrue(); // a shorter chain is still a chain
    AuditVerifier.Result r = new AuditVerifier(log).verify(Optional.of(new AuditVerifier.Anchor(head.seq(),
        head.hash())));
    assertThat(r.problems()).singleElement().asString().contains("no longer in the log");
  }
}
