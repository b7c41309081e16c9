package org.marsad.kb.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.Entity;
import org.marsad.extract.EntityType;
import org.marsad.extract.Mention;
import org.marsad.kb.Fixtures;
import org.marsad.kb.store.Database;
import org.marsad.kb.store.Decision;
import org.marsad.kb.store.Decisions;
import org.marsad.kb.store.Entities;
import org.marsad.kb.store.StoreLocation;
import org.marsad.kb.store.StoredEntity;

class CrossReportResolverTest {
  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);
  @TempDir
  Path dir;
  Database db;
  CrossReportResolver resolver;
  Entities entities;

  @BeforeEach
  void open() {
    db = Database.open(StoreLocation.embedded(dir));
    entities = new Entities(db.handle());
    resolver = new CrossReportResolver(entities, new Decisions(db.handle()), Fixtures.extractor().lexicon(),
        NameKey.from(Fixtures.extractor().lexicon()));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Entity person(String id, String name, String nameEn, List<String> aliases) {
    return new Entity(id, EntityType.PERSON, name, nameEn, aliases, Optional.empty(),
        List.of(new Mention(0, name.length(), name)), Optional.empty());
  }

  private StoredEntity canonical(Resolution r) {
    return entities.canonical(entities.byId(r.entity().id()).orElseThrow());
  }

  @Test
  void arabicAndLatinSpellingsOfAnUnlistedNameMeet() {
    Resolution ar = resolver.resolve(person("e1", "سلطان ولد بادي", "Sltan Ould Badi", List.of()), SHA_A, NOW);
    Resolution fr = resolver.resolve(person("e1", "Sultan Ould Badi", "Sultan Ould Badi", List.of()), SHA_B, NOW);
    assertThat(canonical(fr).id()).isEqualTo(canonical(ar).id());
    assertThat(fr.why()).contains("same name");
  }

  @Test
  void familyNameFirstMeetsGivenNameFirst() {
    Resolution a = resolver.resolve(person("e1", "Abdelmalek Droukdel", "Abdelmalek Droukdel", List.of()), SHA_A,
        NOW);
    Resolution b = resolver.resolve(person("e1", "Droukdel Abdelmalek", "Droukdel Abdelmalek", List.of()), SHA_B,
        NOW);
    assertThat(canonical(b).id()).isEqualTo(canonical(a).id());
  }

  @Test
  void aSharedKunyaAloneNeverMergesTwoPeople() {
    Resolution a = resolver.resolve(person("e1", "أبو محمد", "Abu Muhammad", List.of()), SHA_A, NOW);
    Resolution b = resolver.resolve(person("e1", "أبو محمد", "Abu Muhammad", List.of()), SHA_B, NOW);
    assertThat(canonical(b).id()).isNotEqualTo(canonical(a).id());
  }

  @Test
  void aNameMadeOnlyOfCommonGivenNamesNeverMerges() {
    Resolution a = resolver.resolve(person("e1", "محمد أحمد", "Muhammad Ahmad", List.of()), SHA_A, NOW);
    Resolution b = resolver.resolve(person("e1", "محمد أحمد", "Muhammad Ahmad", List.of()), SHA_B, NOW);
    assertThat(canonical(b).id()).isNotEqualTo(canonical(a).id());
  }

  @Test
  void anUnnamedActorStaysItsReportsOwn() {
    Entity envoy = new Entity("e3", EntityType.PERSON, "مبعوث", "unnamed: mb'outh", List.of(), Optional.empty(),
        List.of(new Mention(0, 5, "مبعوث")), Optional.empty());
    Resolution a = resolver.resolve(envoy, SHA_A, NOW);
    Resolution b = resolver.resolve(envoy, SHA_B, NOW);
    assertThat(a.entity().id()).isNotEqualTo(b.entity().id());
    assertThat(a.entity().unnamed()).isTrue();
  }

  @Test
  void aLexiconEntryAttractsAnUnlistedSpellingOfItsName() {
    Resolution plain = resolver.resolve(person("e1", "Mokhtar Belmokhtar", "Mokhtar Belmokhtar", List.of()), SHA_A,
        NOW);
    Entity listed = new Entity("e1", EntityType.PERSON, "مختار بلمختار", "Mokhtar Belmokhtar", List.of(),
        Optional.of("person/mokhtar-belmokhtar"), List.of(new Mention(0, 13, "مختار بلمختار")), Optional.empty());
    Resolution lex = resolver.resolve(listed, SHA_B, NOW);
    assertThat(canonical(plain).ident()).isEqualTo(lex.entity().ident());
    List<Decision> log = new Decisions(db.handle()).all();
    assertThat(log).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(Decision.Kind.MERGE);
      assertThat(d.byHand()).isFalse();
      assertThat(d.why()).contains("report");
    });
  }
}
