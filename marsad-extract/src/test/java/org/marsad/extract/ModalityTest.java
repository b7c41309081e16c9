package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.Extractions.ar;
import static org.marsad.extract.Extractions.relation;
import static org.marsad.extract.Extractions.relations;

import org.junit.jupiter.api.Test;

/** How sure the report is: one cue family per test, on sentences written for the test. */
class ModalityTest {

  @Test
  void plainStatementIsAsserted() {
    Relation r = relation(ar("بايعت جماعة بوكو حرام تنظيم داعش في مارس 2015."), RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void prospectOfADecisionIsPossible() {
    Relation r = relation(ar("تتحدث تقارير عن قرب اتخاذ قرار من جماعة المرابطين بشأن الالتحاق بتنظيم داعش."),
        RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void futureVerbAfterAVerbalNounIsPossible() {
    Relation r = relation(ar("إن التحاق جماعة المرابطين بداعش سيغير موازين القوى."),
        RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void hedgeIsLikely() {
    Relation r = relation(ar("يرجح أن القوات الفرنسية قتلت عبد المالك دروكدال قرب تساليت."), RelationType.KILLED);
    assertThat(r.modality()).isEqualTo(Modality.LIKELY);
  }

  @Test
  void circulatingInformationIsRumoured() {
    Relation r = relation(ar("تداولت مواقع محلية أنباء عن مقتل مختار بلمختار في غارة."), RelationType.KILLED);
    assertThat(r.modality()).isEqualTo(Modality.RUMOURED);
  }

  @Test
  void denialIsDenied() {
    Relation r = relation(ar("نفى مختار بلمختار أن تكون جماعة المرابطين قد بايعت تنظيم داعش."),
        RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.modality()).isEqualTo(Modality.DENIED);
  }

  @Test
  void quotedSourceMakesItReportedWithAttribution() {
    Relation r = relation(ar("وقال مصدر أمني إن الشرطة اعتقلت سالم البوزيدي في تونس."), RelationType.ARREST);
    assertThat(r.modality()).isEqualTo(Modality.REPORTED);
    assertThat(r.attribution()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("مصدر أمني"));
  }

  @Test
  void accordingToScopesOverItsClauseOnly() {
    Extraction x = ar("بايع أبو الوليد الصحراوي تنظيم داعش، والأغلب حسب مصادرنا أن الاجتماع عقد في كيدال.");
    assertThat(relation(x, RelationType.PLEDGED_ALLEGIANCE).modality()).isEqualTo(Modality.ASSERTED);
    assertThat(relation(x, RelationType.MEETING).modality()).isEqualTo(Modality.LIKELY);
  }

  @Test
  void eventAfterAQuotedSourceInTheSameParagraphIsReported() {
    Extraction x = ar("وقال مصدر أمني إن التحقيق متواصل. وأوقفت الشرطة سالم البوزيدي في سوسة.");
    Relation r = relation(x, RelationType.ARREST);
    assertThat(r.modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void standingRelationIsNotReportedByCarryOver() {
    Extraction x = ar("وقال مصدر أمني إن التحقيق متواصل. وأمادو كوفا، زعيم كتيبة ماسينا، لم يظهر منذ أشهر.");
    assertThat(relation(x, RelationType.LEADER_OF).modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void noProspectIsEverAsserted() {
    Extraction x = ar("هل تعلن جماعة المرابطين الولاء لداعش؟ قد تنضم الجماعة إلى التنظيم قريبا.");
    assertThat(relations(x, RelationType.PLEDGED_ALLEGIANCE))
        .allSatisfy(r -> assertThat(r.modality()).isNotEqualTo(Modality.ASSERTED));
  }

  @Test
  void pastPerfectQadIsNotAHedge() {
    Relation r = relation(ar("وكان سالم البوزيدي قد تسلل من ليبيا إلى تونس."), RelationType.MOVEMENT);
    assertThat(r.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void denialOfInvolvementIsDenied() {
    Extraction x = ar("ونفت جماعة نصرة الإسلام والمسلمين أي علاقة لها بالهجوم الذي استهدف ثكنة في بوركينا فاسو.");
    assertThat(relation(x, RelationType.ATTACK).modality()).isEqualTo(Modality.DENIED);
  }

  @Test
  void aNounOfLikelihoodIsLikely() {
    Relation r = relation(ar("ترجيحات بمقتل سالم البوزيدي في غارة قرب تساليت."), RelationType.KILLED);
    assertThat(r.modality()).isEqualTo(Modality.LIKELY);
  }

  @Test
  void aLikelihoodAdverbRightAfterTheVerbHedgesIt() {
    Relation r = relation(ar("وأكد الجيش أن سالم البوزيدي قتل «على الأرجح» في غارة قرب تساليت."), RelationType.KILLED);
    assertThat(r.modality()).isEqualTo(Modality.LIKELY);
  }

  @Test
  void qadBeforeAPerfectVerbOpeningWithAlefIsNoHedge() {
    Relation r = relation(ar("جماعة بوكو حرام قد أعلنت في مارس 2015 انشقاقها عن تنظيم القاعدة."),
        RelationType.SPLIT_FROM);
    assertThat(r.modality()).isNotEqualTo(Modality.POSSIBLE);
    Relation hedged = relation(ar("قد تعلن جماعة بوكو حرام قريبا انشقاقها عن تنظيم القاعدة."), RelationType.SPLIT_FROM);
    assertThat(hedged.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void aSpeakerNamedBeforeTheVerbIsTheSourceNotTheDateAfterIt() {
    Relation r = relation(ar("وكانت جماعة جند الخلافة قد أعلنت قبل نحو أسبوعين انشقاقها عن تنظيم القاعدة في بلاد "
        + "المغرب الإسلامي."), RelationType.SPLIT_FROM);
    assertThat(r.attribution()).hasValueSatisfying(a -> assertThat(a.text()).isEqualTo("جند الخلافة"));
  }

  @Test
  void aCallToActIsAProspectNotAnEvent() {
    Relation ar = relation(ar("حث زعيم الجماعة أنصاره في تسجيل جديد على مهاجمة القوات الفرنسية في مالي."),
        RelationType.ATTACK);
    assertThat(ar.modality()).isEqualTo(Modality.POSSIBLE);
    Relation en = relation(Extractions.of("The leader of Boko Haram urged his followers to attack schools in Borno.",
        org.marsad.text.Language.EN, "2015-03-02"), RelationType.ATTACK);
    assertThat(en.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void aGroupAnnouncingItsOwnClaimHasClaimedAsAFact() {
    Extraction x = ar("أعلنت حركة الشباب المجاهدين في بيان مسؤوليتها عن تفجير فندق في مقديشو.");
    Relation claim = relation(x, RelationType.CLAIMED_RESPONSIBILITY);
    assertThat(claim.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(claim.attribution()).isEmpty();
  }

  @Test
  void aSourceNamedLastVouchesForTheWholeSentence() {
    Relation fr = relation(Extractions.of("Au moins douze soldats ont été tués mardi près de Gao, a annoncé l'armée malienne.",
        org.marsad.text.Language.FR, "2022-05-04"), RelationType.KILLED);
    assertThat(fr.modality()).isEqualTo(Modality.REPORTED);
    assertThat(fr.attribution().orElseThrow().text()).isEqualTo("armée malienne");
    Relation ar = relation(ar("واعتقلت قوات الأمن القيادي في تنظيم القاعدة سالم البوزيدي في بسكرة، حسب مصدر أمني."),
        RelationType.ARREST);
    assertThat(ar.modality()).isEqualTo(Modality.REPORTED);
    Relation early = relation(ar("قال مصدر أمني إن قوات الأمن اعتقلت سالم البوزيدي، وهو قيادي في تنظيم القاعدة."),
        RelationType.ARREST);
    assertThat(early.modality()).isEqualTo(Modality.REPORTED);
  }

  @Test
  void whatADenierAffirmsNextIsNotDenied() {
    Extraction x = ar("ونفت جماعة أنصار الدين في بيان مبايعة تنظيم داعش، مؤكدة تمسكها ببيعة أيمن الظواهري.");
    assertThat(relations(x, RelationType.PLEDGED_ALLEGIANCE)).anySatisfy(r -> {
      assertThat(r.arg(Role.OBJECT)).containsExactly(Extractions.entity(x, "أيمن الظواهري").id());
      assertThat(r.modality()).isEqualTo(Modality.REPORTED);
    });
    assertThat(relations(x, RelationType.PLEDGED_ALLEGIANCE)).anySatisfy(r -> {
      assertThat(r.arg(Role.OBJECT)).containsExactly(Extractions.entity(x, "داعش").id());
      assertThat(r.modality()).isEqualTo(Modality.DENIED);
    });
  }

  @Test
  void aFrenchSpeakerBeforeItsVerbIsTheSource() {
    Relation r = relation(Extractions.of("Les autorités nigériennes ont annoncé l'arrestation de Moussa Diallo à Agadez.",
        org.marsad.text.Language.FR, "2022-02-03"), RelationType.ARREST);
    assertThat(r.modality()).isEqualTo(Modality.REPORTED);
    assertThat(r.attribution().orElseThrow().text()).isEqualTo("Les autorités nigériennes");
  }

  @Test
  void aRumourOpeningTheSentenceGovernsItsAppositions() {
    Relation r = relation(Extractions.of("Selon des rumeurs relayées par des comptes jihadistes, Abou Hafs al-Chinguetti, "
        + "chef du conseil de la Katiba Macina, serait pressenti pour diriger le groupe.",
        org.marsad.text.Language.FR, "2020-06-10"), RelationType.LEADER_OF);
    assertThat(r.modality()).isEqualTo(Modality.RUMOURED);
  }

  @Test
  void aMonthNamedMayOpeningTheSentenceIsNoHedge() {
    Relation r = relation(Extractions.of("In May, fighters from Boko Haram attacked the town of Gamboru.",
        org.marsad.text.Language.EN, "2014-07-01"), RelationType.ATTACK);
    assertThat(r.modality()).isEqualTo(Modality.ASSERTED);
  }
}
