package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.Extractions.ar;
import static org.marsad.extract.Extractions.entity;
import static org.marsad.extract.Extractions.relation;
import static org.marsad.extract.Extractions.relations;

import org.junit.jupiter.api.Test;
import org.marsad.text.Language;

/** Argument roles per relation type, on sentences written for the test. */
class RelationFinderTest {

  @Test
  void pledgeSubjectAndObject() {
    Extraction x = ar("أعلن أبو الوليد الصحراوي مبايعته لتنظيم داعش.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "أبو الوليد الصحراوي").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "داعش").id());
  }

  @Test
  void verbalNounTakesItsGenitiveAsSubject() {
    Extraction x = ar("يناقش المحللون التحاق جماعة المرابطين بتنظيم داعش.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "المرابطين").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "داعش").id());
  }

  @Test
  void aGroupBornOfAMergerIsItsObject() {
    Extraction x = ar("وتأسست جماعة المرابطون إثر اندماج حركة التوحيد والجهاد في غرب إفريقيا مع كتيبة الملثمين.");
    Relation r = relation(x, RelationType.MERGER);
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "المرابطون").id());
    assertThat(r.arg(Role.PARTICIPANTS)).doesNotContain(entity(x, "المرابطون").id());
  }

  @Test
  void aMergerUnderANewNameHasThatNameAsObject() {
    Extraction x = ar("أعلنت حركة أنصار الدين وكتيبة ماسينا اندماجهما في كيان جديد باسم جماعة نصرة الإسلام والمسلمين.");
    Relation r = relation(x, RelationType.MERGER);
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "جماعة نصرة الإسلام والمسلمين").id());
    assertThat(r.arg(Role.PARTICIPANTS)).contains(entity(x, "كتيبة ماسينا").id());
  }

  @Test
  void aFeminineRelativeStandsForTheGroupNotTheLeaderBetween() {
    Extraction x = ar("وكان من عناصر جماعة المرابطون التي يقودها مختار بلمختار، والتي بايعت تنظيم القاعدة.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "المرابطون").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "تنظيم القاعدة").id());
  }

  @Test
  void leaderInApposition() {
    Extraction x = ar("ظهر أمادو كوفا، زعيم كتيبة ماسينا، في تسجيل مصور.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "أمادو كوفا").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "كتيبة ماسينا").id());
  }

  @Test
  void leaderInAppositionAfterALongName() {
    Extraction x = ar("قتل عدنان أبو الوليد الصحراوي، زعيم تنظيم الدولة الإسلامية في الصحراء الكبرى، في غارة.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "عدنان أبو الوليد الصحراوي").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "تنظيم الدولة الإسلامية في الصحراء الكبرى").id());
  }

  @Test
  void memberOfAfterTheGroup() {
    Extraction x = ar("أوقفت الشرطة أحد قيادات كتيبة عقبة بن نافع، الإرهابي سالم البوزيدي.");
    Relation r = relation(x, RelationType.MEMBER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "سالم البوزيدي").id());
  }

  @Test
  void arrestTargetAndPlaces() {
    Extraction x = ar("اعتقلت الشرطة سالم البوزيدي في الطريق بين بسكرة وورڤلة.");
    Relation r = relation(x, RelationType.ARREST);
    assertThat(r.arg(Role.TARGET)).containsExactly(entity(x, "سالم البوزيدي").id());
    assertThat(r.arg(Role.LOCATION)).contains(entity(x, "بسكرة").id(), entity(x, "ورڤلة").id());
  }

  @Test
  void movementRouteHasOriginViaAndDestination() {
    Extraction x = ar("تسلل المدعو سالم البوزيدي قادما من تونس إلى النيجر ومنها إلى مالي.");
    Relation r = relation(x, RelationType.MOVEMENT);
    assertThat(r.arg(Role.ORIGIN)).containsExactly(entity(x, "تونس").id());
    assertThat(r.arg(Role.VIA)).containsExactly(entity(x, "النيجر").id());
    assertThat(r.arg(Role.DESTINATION)).containsExactly(entity(x, "مالي").id());
  }

  @Test
  void groupInsideGroupIsPartOf() {
    Extraction x = ar("تنشط كتائب الصحراء في تنظيم القاعدة في بلاد المغرب الإسلامي منذ سنوات.");
    Relation r = relation(x, RelationType.PART_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "كتائب الصحراء").id());
  }

  @Test
  void groupInACountryOperatesThere() {
    Extraction x = ar("تحالف عدة جماعات منها بوكو حرام في نيجيريا.");
    Relation r = relation(x, RelationType.OPERATES_IN);
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "نيجيريا").id());
  }

  @Test
  void allianceBetweenListedGroups() {
    Extraction x = ar("أعلن عن تحالف بين بوكو حرام وكتيبة عقبة بن نافع.");
    Relation r = relation(x, RelationType.ALLIANCE);
    assertThat(r.arg(Role.PARTICIPANTS)).contains(entity(x, "بوكو حرام").id(), entity(x, "كتيبة عقبة بن نافع").id());
  }

  @Test
  void unnamedEnvoyIsAMemberOfHisGroup() {
    Extraction x = ar("رصدت الأجهزة الأمنية تنقل مبعوث من تنظيم جند الخلافة إلى مالي.");
    Relation member = relation(x, RelationType.MEMBER_OF);
    Relation move = relation(x, RelationType.MOVEMENT);
    assertThat(move.arg(Role.SUBJECT)).isEqualTo(member.arg(Role.SUBJECT));
    assertThat(member.arg(Role.OBJECT)).containsExactly(entity(x, "جند الخلافة").id());
  }

  @Test
  void englishLeaderBeforeTheName() {
    Extraction x = Extractions.of("Islamic State leader Abu Bakr al-Baghdadi appeared in a video.", Language.EN,
        "2019-04-30");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Islamic State").id());
  }

  @Test
  void frenchPledge() {
    Extraction x = Extractions.of("Boko Haram a fait allégeance à l'État islamique en mars 2015.", Language.FR,
        "2015-03-10");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Boko Haram").id());
    assertThat(r.time()).isPresent();
  }

  @Test
  void evidenceIsTheOriginalSlice() {
    String text = "وقال مَصدرٌ أمنيّ إن الشرطة اعتقلت سالم البوزيدي في تونس.";
    Extraction x = ar(text);
    for (Relation r : x.relations()) {
      assertThat(text.substring(r.evidence().start(), r.evidence().end())).isEqualTo(r.evidence().text());
    }
  }

  @Test
  void belongingVerbGivesMembershipToUnnamedActors() {
    Extraction x = ar("أوقفت الشرطة عنصرين ينتميان إلى تنظيم القاعدة في بلاد المغرب الإسلامي.");
    Relation r = relation(x, RelationType.MEMBER_OF);
    assertThat(relation(x, RelationType.ARREST).arg(Role.TARGET)).isEqualTo(r.arg(Role.SUBJECT));
  }

  @Test
  void theSpeakerBeforeAComplementizerIsNotTheAttacker() {
    Extraction x = ar("كشف الوزير سالم البوزيدي أن مسلحين اقتحموا فندقا في باماكو.");
    assertThat(Extractions.relations(x, RelationType.ATTACK))
        .allSatisfy(r -> assertThat(r.arg(Role.AGENT)).doesNotContain(entity(x, "سالم البوزيدي").id()));
  }

  @Test
  void elidedSubjectAfterAComplementizerIsTheSpeaker() {
    Extraction x = ar("وينفي أمادو كوفا أن يكون قد قتل في العملية.");
    assertThat(relation(x, RelationType.KILLED).arg(Role.TARGET)).containsExactly(entity(x, "أمادو كوفا").id());
  }

  @Test
  void consequenceInheritsTheAttacker() {
    Extraction x = ar("هاجمت جماعة بوكو حرام قرية في ولاية بورنو ما أسفر عن مقتل 12 مدنيا.");
    assertThat(relation(x, RelationType.KILLED).arg(Role.AGENT)).containsExactly(entity(x, "بوكو حرام").id());
  }

  @Test
  void claimOfTheAttackTakesItsPlace() {
    Extraction x = ar("قتل مسلحون 20 شخصا في هجوم على فندق في مدينة غاو. وتبنت جماعة المرابطين الهجوم.");
    Relation claim = relation(x, RelationType.CLAIMED_RESPONSIBILITY);
    assertThat(claim.arg(Role.SUBJECT)).containsExactly(entity(x, "المرابطين").id());
    assertThat(claim.arg(Role.OBJECT)).contains(entity(x, "غاو").id());
  }

  @Test
  void pledgeNounWithAPrepositionNamesBothSides() {
    Extraction x = ar("وأعلن المتحدث بيعة جماعة المرابطين لأبي بكر البغدادي.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "المرابطين").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "أبي بكر البغدادي").id());
  }

  @Test
  void suffixedPledgeNounBelongsToTheGroupBefore() {
    Extraction x = ar("أعلنت جماعة بوكو حرام ومبايعتها أبا بكر البغدادي.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "بوكو حرام").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "أبا بكر البغدادي").id());
  }

  @Test
  void frenchGroupOfAPersonIsLedByThem() {
    Extraction x = Extractions.of("Bah Ag Moussa a rejoint Ansar Dine, le mouvement d'Iyad Ag Ghaly, en 2012.",
        Language.FR, "2020-11-14");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Iyad Ag Ghaly").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Ansar Dine").id());
  }

  @Test
  void placesJoinedByAndShareTheirRole() {
    Extraction x = ar("تسلل المدعو سالم البوزيدي من مالي عبر النيجر وليبيا إلى تونس.");
    Relation r = relation(x, RelationType.MOVEMENT);
    assertThat(r.arg(Role.VIA)).contains(entity(x, "النيجر").id(), entity(x, "ليبيا").id());
    assertThat(r.arg(Role.DESTINATION)).containsExactly(entity(x, "تونس").id());
  }

  @Test
  void whatIsLeftIsTheOrigin() {
    Extraction x = ar("غادر سالم البوزيدي جبال منطقة القبائل نحو مالي.");
    Relation r = relation(x, RelationType.MOVEMENT);
    assertThat(r.arg(Role.DESTINATION)).containsExactly(entity(x, "مالي").id());
    assertThat(r.arg(Role.ORIGIN)).isNotEmpty();
  }

  @Test
  void anAgentPhraseAfterThePassiveOutranksTheGroupBefore() {
    Extraction x = ar("أكد البيان أن سالم البوزيدي، أحد قادة تنظيم القاعدة، قتل في عملية نفذها الجيش المالي وقوة برخان.");
    Relation r = relation(x, RelationType.KILLED);
    assertThat(r.arg(Role.AGENT)).contains(entity(x, "الجيش المالي").id(), entity(x, "برخان").id());
    assertThat(r.arg(Role.AGENT)).doesNotContain(entity(x, "تنظيم القاعدة").id());
  }

  @Test
  void theAntecedentOfARelativeIsTheAttacker() {
    Extraction x = ar("طاردت الشرطة المسلحين الذين هاجموا مدينة غاو فجر الاثنين.");
    Relation r = relation(x, RelationType.ATTACK);
    assertThat(r.arg(Role.AGENT)).containsExactly(entity(x, "المسلحين").id());
  }

  @Test
  void aNounOfDyingHasNoSubjectAndItsVictimsAreCoordinated() {
    Extraction x = ar("أعلن الجيش الفرنسي مقتل سالم البوزيدي وأمادو كوفا.");
    Relation r = relation(x, RelationType.KILLED);
    assertThat(r.arg(Role.TARGET)).contains(entity(x, "سالم البوزيدي").id(), entity(x, "أمادو كوفا").id());
    assertThat(r.arg(Role.AGENT)).isEmpty();
  }

  @Test
  void aSubordinateClauseKeepsItsSubjectFromTheVerbBefore() {
    Extraction x = ar("قتل 30 مدنيا عندما اقتحم مسلحون قرية في شمال بوركينا فاسو.");
    Relation r = relation(x, RelationType.KILLED);
    assertThat(r.arg(Role.AGENT)).doesNotContain(entity(x, "30 مدنيا").id());
    assertThat(r.arg(Role.TARGET)).contains(entity(x, "30 مدنيا").id());
  }

  @Test
  void aFrenchAgentAfterParIsNotTheVictim() {
    Extraction x = Extractions.of("L'otage avait été enlevée par des hommes armés à Gao.", Language.FR, "2020-10-09");
    Relation r = relation(x, RelationType.KIDNAPPING);
    assertThat(r.arg(Role.TARGET)).doesNotContain(entity(x, "des hommes armés").id());
    assertThat(r.arg(Role.AGENT)).contains(entity(x, "des hommes armés").id());
  }

  @Test
  void theSubjectStandsBeforeAnApposition() {
    Extraction x = Extractions.of("Ansar Dine, an ally of AQIM, has established itself in Kidal.", Language.EN,
        "2012-06-01");
    Relation r = relation(x, RelationType.OPERATES_IN);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Ansar Dine").id());
  }

  @Test
  void thePersonDescribedByAnAppositionIsTheVictimOfAPassive() {
    Extraction x = ar("وأكد المصدر أن سالم البوزيدي، القيادي في تنظيم القاعدة، قتل في غارة جوية.");
    Relation r = relation(x, RelationType.KILLED);
    assertThat(r.arg(Role.TARGET)).containsExactly(entity(x, "سالم البوزيدي").id());
  }

  @Test
  void aFrenchPlaceNounWithDeKeepsTheLocativePreposition() {
    Extraction x = Extractions.of("Le journaliste Pierre Martin a été enlevé dimanche dans la région de Mopti.",
        Language.FR, "2020-10-09");
    Relation r = relation(x, RelationType.KIDNAPPING);
    assertThat(r.arg(Role.LOCATION)).contains(entity(x, "Mopti").id());
  }

  @Test
  void descriptorsMayStandBetweenLedByAndTheLeader() {
    Extraction x = Extractions.of("Boko Haram, led by the elusive preacher Abubakar Shekau, controls Sambisa.",
        Language.EN, "2014-05-01");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Abubakar Shekau").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Boko Haram").id());
  }

  @Test
  void forcesThatCarryOutAnEventTogetherCooperate() {
    Extraction x = ar("قتل سالم البوزيدي في غارة شنها الجيش النيجري والجيش التشادي قرب ديفا.");
    Relation r = relation(x, RelationType.COOPERATION);
    assertThat(r.arg(Role.PARTICIPANTS)).contains(entity(x, "الجيش النيجري").id(), entity(x, "الجيش التشادي").id());
  }

  @Test
  void anAttackBySomeoneElseDoesNotJoinAnAttackAlreadyTold() {
    Extraction x = ar("وقع هجوم في مدينة ديفا فجر الاثنين. وهاجمت جماعة بوكو حرام المدينة من عدة محاور. "
        + "كما هاجم الجيش التشادي مواقع في ديفا.");
    String bokoHaram = entity(x, "بوكو حرام").id();
    String chad = entity(x, "الجيش التشادي").id();
    assertThat(Extractions.relations(x, RelationType.ATTACK))
        .noneMatch(r -> r.arg(Role.AGENT).contains(bokoHaram) && r.arg(Role.AGENT).contains(chad));
  }

  @Test
  void anAttackedTownIsWhereTheAttackHappenedButAnAttackedBaseIsItsTarget() {
    Extraction town = ar("هاجم مسلحون مدينة غاو فجر الاثنين.");
    Relation inTown = relation(town, RelationType.ATTACK);
    assertThat(inTown.arg(Role.LOCATION)).contains(entity(town, "غاو").id());
    assertThat(inTown.arg(Role.TARGET)).doesNotContain(entity(town, "غاو").id());
    Extraction plant = ar("هاجم مسلحون منشأة تيقنتورين الغازية فجر الاثنين.");
    assertThat(relation(plant, RelationType.ATTACK).arg(Role.TARGET))
        .contains(entity(plant, "منشأة تيقنتورين الغازية").id());
  }

  @Test
  void theAntecedentOfARelativeBeforeASupportVerbIsTheAttacker() {
    Extraction x = ar("طاردت الشرطة المسلحين الذين نصبوا كمينا لقافلة عسكرية قرب غاو.");
    assertThat(relation(x, RelationType.ATTACK).arg(Role.AGENT)).containsExactly(entity(x, "المسلحين").id());
  }

  @Test
  void anEventNounThatOnlyDatesAnotherClauseTakesNoAgentFromIt() {
    Extraction x = ar("عثر الجنود على جثة سالم البوزيدي بعد يومين من الكمين.");
    assertThat(Extractions.relations(x, RelationType.ATTACK))
        .allSatisfy(r -> assertThat(r.arg(Role.AGENT)).doesNotContain(entity(x, "سالم البوزيدي").id()));
  }

  @Test
  void aPlaceUnderAGroupsControlIsWhereTheGroupOperatesAndSoDoTheGroupsListedWithIt() {
    Extraction x = ar("وتخضع غاو منذ أسابيع لسيطرة حركة أنصار الدين وجماعات مسلحة أخرى، بينها بوكو حرام.");
    Relation r = relation(x, RelationType.OPERATES_IN);
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "غاو").id());
    assertThat(r.arg(Role.SUBJECT)).contains(entity(x, "أنصار الدين").id(), entity(x, "بوكو حرام").id());
  }

  @Test
  void aLongGroupNameDescribedAfterACommaOperatesInEveryPlaceOfTheList() {
    Extraction x = ar("جبهة تحرير ماسينا، وهي جماعة مسلحة تنشط في منطقتي موبتي وسيغو، تبنت الهجوم.");
    Relation r = relation(x, RelationType.OPERATES_IN);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "جبهة تحرير ماسينا").id());
    assertThat(r.arg(Role.OBJECT)).contains(entity(x, "موبتي").id(), entity(x, "سيغو").id());
  }

  @Test
  void appearingAlongsideOthersIsAMeetingNotACooperation() {
    Extraction x = ar("وكان أمادو كوفا قد ظهر في شريط مصور إلى جانب إياد أغ غالي ويحيى أبو الهمام.");
    Relation r = relation(x, RelationType.MEETING);
    assertThat(r.arg(Role.PARTICIPANTS)).contains(entity(x, "أمادو كوفا").id(), entity(x, "إياد أغ غالي").id(),
        entity(x, "يحيى أبو الهمام").id());
    assertThat(Extractions.relations(x, RelationType.COOPERATION)).isEmpty();
  }

  @Test
  void aClaimOfTheAttackClaimsTheAttackNotTheKillingsItCaused() {
    Extraction x = ar("هاجم مسلحون متحف باردو في تونس ما أسفر عن مقتل 21 سائحا. وتبنى تنظيم داعش الهجوم.");
    Relation claim = relation(x, RelationType.CLAIMED_RESPONSIBILITY);
    assertThat(claim.arg(Role.OBJECT)).doesNotContain(entity(x, "21 سائحا").id());
    assertThat(claim.arg(Role.OBJECT)).isNotEmpty();
  }

  @Test
  void aRoleWordOpeningWithAndStartsTheNextItemNotAnAppositionOfTheNameBefore() {
    Extraction x = ar("بايعت الجماعة زعيم القاعدة أيمن الظواهري، ولأمير القاعدة في بلاد المغرب الإسلامي أبي مصعب عبد الودود.");
    String zawahiri = entity(x, "أيمن الظواهري").id();
    String aqim = entity(x, "القاعدة في بلاد المغرب الإسلامي").id();
    assertThat(Extractions.relations(x, RelationType.LEADER_OF))
        .noneMatch(r -> r.arg(Role.SUBJECT).contains(zawahiri) && r.arg(Role.OBJECT).contains(aqim));
  }
  @Test
  void theGroupDescribedByAnAppositionClaims() {
    Extraction x = ar("وأعلنت جماعة أنصار الإسلام، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم على قاعدة جيبو.");
    String ansarul = entity(x, "أنصار الإسلام").id();
    assertThat(relation(x, RelationType.CLAIMED_RESPONSIBILITY).arg(Role.SUBJECT)).containsExactly(ansarul);
    assertThat(relation(x, RelationType.ATTACK).arg(Role.AGENT)).containsExactly(ansarul);
  }

  @Test
  void aFrenchGroupLinkMayBeASeveralWordApposition() {
    Extraction x = Extractions.of("Ansarul Islam, un groupe lié à Al-Qaïda, a revendiqué l'attaque de Djibo.",
        Language.FR, "2019-05-02");
    Relation r = relation(x, RelationType.PART_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Ansarul Islam").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Al-Qaïda").id());
    assertThat(relation(x, RelationType.CLAIMED_RESPONSIBILITY).arg(Role.SUBJECT))
        .containsExactly(entity(x, "Ansarul Islam").id());
  }

  @Test
  void anEnglishPassiveTakesItsAgentFromByOnly() {
    Extraction x = Extractions.of("Mohamed el Mrabat, a senior figure in the Islamic State in the Greater Sahara, "
        + "was killed by French forces near Menaka.", Language.EN, "2020-06-05");
    Relation r = relation(x, RelationType.KILLED);
    assertThat(r.arg(Role.TARGET)).containsExactly(entity(x, "Mohamed el Mrabat").id());
    assertThat(r.arg(Role.AGENT)).doesNotContain(entity(x, "Islamic State in the Greater Sahara").id())
        .containsExactly(entity(x, "forces").id());
  }

  @Test
  void anEnglishPassiveWithoutByHasNoAgent() {
    Extraction x = Extractions.of("The soldiers were killed when militants from Boko Haram attacked the base in "
        + "Monguno.", Language.EN, "2019-03-24");
    Relation killed = relation(x, RelationType.KILLED);
    assertThat(killed.arg(Role.TARGET)).containsExactly(entity(x, "soldiers").id());
    assertThat(killed.arg(Role.AGENT)).isEmpty();
  }

  @Test
  void deathsInAnAttackHappenWhereTheAttackWas() {
    Extraction x = ar("قتل 37 مدنيا في هجوم على قرية تامباكارا نفذه مسلحون.");
    Relation killed = relation(x, RelationType.KILLED);
    assertThat(killed.arg(Role.LOCATION)).containsExactly(entity(x, "تامباكارا").id());
  }

  @Test
  void deathsTheAttackResultedInHappenWhereItWasAndByItsAuthors() {
    Extraction x = ar("هاجم مسلحون مركزا للدرك في بلدة كرامي، ما أسفر عن مقتل أربعة جنود.");
    Relation killed = relation(x, RelationType.KILLED);
    assertThat(killed.arg(Role.LOCATION)).containsExactly(entity(x, "كرامي").id());
    assertThat(killed.arg(Role.AGENT)).containsExactly(entity(x, "مسلحون").id());
  }

  @Test
  void aResultVerbOpeningItsSentenceLooksBackToTheAttackBefore() {
    Extraction x = ar("هاجم مسلحون مركزا للدرك في بلدة كرامي. وأسفر الهجوم، حسب مصادر محلية، عن مقتل أربعة جنود.");
    Relation killed = relations(x, RelationType.KILLED).stream()
        .filter(r -> r.evidence().text().contains("أربعة")).findFirst().orElseThrow();
    assertThat(killed.arg(Role.LOCATION)).containsExactly(entity(x, "كرامي").id());
  }

  @Test
  void anUnnamedSubjectBeforeAnAttackVerbCarriedItOut() {
    Extraction x = ar("وكان ثلاثة مسلحين قد هاجموا قرية كاتاري فجر الأحد.");
    assertThat(relation(x, RelationType.ATTACK).arg(Role.AGENT)).containsExactly(entity(x, "ثلاثة مسلحين").id());
  }

  @Test
  void victimsBeforeAnAttackNounDidNotCarryItOut() {
    Extraction x = ar("قتل خمسة جنود في هجوم على قرية كاتاري.");
    assertThat(relation(x, RelationType.ATTACK).arg(Role.AGENT)).isEmpty();
  }

  @Test
  void aDateBetweenTheVerbAndItsObjectDoesNotHideTheObject() {
    Extraction x = ar("اعتقلت الشرطة في الثالث عشر من مارس الماضي المدعو سالم البوزيدي.", "2019-05-02");
    assertThat(relation(x, RelationType.ARREST).arg(Role.TARGET)).containsExactly(entity(x, "سالم البوزيدي").id());
  }

  @Test
  void aPlaceAfterANounOfVicinityIsWhereTheAttackWas() {
    Extraction x = ar("فتح مسلحون النار على سياح في محيط قصر الرئاسة في بلدة كاتاري.");
    assertThat(relation(x, RelationType.ATTACK).arg(Role.LOCATION)).contains(entity(x, "كاتاري").id());
  }

  @Test
  void aClaimOfAnAttackClaimsItsPlaceBeforeTheUnnamedPeopleItHit() {
    Extraction x = ar("فتح مسلحون النار على سياح في محيط متحف باردو. وتبنت جماعة جند الخلافة الهجوم.");
    Relation claim = relation(x, RelationType.CLAIMED_RESPONSIBILITY);
    assertThat(claim.arg(Role.OBJECT)).containsExactly(entity(x, "متحف باردو").id());
  }

  @Test
  void openingFireWithTheSubjectInsideThePhraseIsAnAttack() {
    Extraction x = ar("فتح مسلحون النار على دورية للجيش قرب بلدة كاتاري.");
    assertThat(relation(x, RelationType.ATTACK).arg(Role.AGENT)).containsExactly(entity(x, "مسلحون").id());
  }

  @Test
  void releasingHostagesIsNotOpeningFire() {
    Extraction x = ar("أطلق مسلحون سراح الرهائن قرب بلدة كاتاري.");
    assertThat(relations(x, RelationType.ATTACK)).isEmpty();
  }

  @Test
  void aGroupInsideAnAppositionDescribesTheGroupBeforeIt() {
    Extraction x = Extractions.of("The Movement for Oneness and Jihad in West Africa (MUJAO), an AQIM offshoot, "
        + "has established itself in Gao.", Language.EN, "2012-06-01");
    Relation r = relation(x, RelationType.OPERATES_IN);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "MUJAO").id());
  }

  @Test
  void aNounOfRelationTakesItsModifierAndItsApposition() {
    Extraction x = Extractions.of("The Sambisa forest, a Boko Haram stronghold, lies in Borno state.", Language.EN, "2014-05-01");
    Relation r = relation(x, RelationType.OPERATES_IN);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Boko Haram").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Sambisa forest").id());
  }

  @Test
  void anOffshootNamedAsAModifierIsWhatTheGroupSplitFrom() {
    Extraction x = Extractions.of("MUJAO, an AQIM offshoot, has also established itself in Gao.", Language.EN, "2012-06-01");
    Relation r = relation(x, RelationType.SPLIT_FROM);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "MUJAO").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "AQIM").id());
  }

  @Test
  void deathsInTheAttackJustNamedHappenWhereItWas() {
    Extraction x = ar("وتبنى التنظيم لاحقا كمين بلدة كاتاري في النيجر، الذي قُتل فيه خمسة جنود.");
    Relation killed = relation(x, RelationType.KILLED);
    assertThat(killed.arg(Role.LOCATION)).contains(entity(x, "كاتاري").id());
  }

  @Test
  void deathsWithoutAResultVerbDoNotBorrowAPlace() {
    Extraction x = ar("هاجم مسلحون مركزا للدرك في بلدة كرامي. وقتل أربعة جنود.");
    Relation killed = relations(x, RelationType.KILLED).stream()
        .filter(r -> r.evidence().text().contains("أربعة")).findFirst().orElseThrow();
    assertThat(killed.arg(Role.LOCATION)).isEmpty();
  }

  @Test
  void aRoleVerbWithoutASubjectSpeaksOfTheLastPersonNamed() {
    Extraction x = ar("قتل عبد الحميد أبو زيد في غارة. وكان يقود كتيبة «طارق بن زياد» منذ سنوات.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "عبد الحميد أبو زيد").id());
  }

  @Test
  void aRoleVerbJoinedToASentenceAboutAPersonSpeaksOfThatPerson() {
    Extraction x = ar("وأبو زيد، واسمه الحقيقي محمد غدير، جزائري من ولاية إليزي، وكان يقود كتيبة «طارق بن زياد».");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "أبو زيد").id());
  }

  @Test
  void aGroupThatNamesSomeoneItsEmirIsLedByThem() {
    Extraction x = ar("أعلنت أربع جماعات اندماجها في جماعة نصرة الإسلام والمسلمين. واختارت الجماعة الجديدة "
        + "زعيم جماعة أنصار الدين إياد أغ غالي أميرا لها.");
    assertThat(relations(x, RelationType.LEADER_OF)).anySatisfy(r -> {
      assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "إياد أغ غالي").id());
      assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "جماعة نصرة الإسلام والمسلمين").id());
    });
  }

  @Test
  void anEnglishGroupNamesItsGovernorAfterAnApposition() {
    Extraction x = Extractions.of("The Islamic State named Abu Musab al-Barnawi, a son of Boko Haram founder "
        + "Mohammed Yusuf, as its governor in West Africa.", Language.EN, "2016-08-04");
    assertThat(relations(x, RelationType.LEADER_OF)).anySatisfy(r -> {
      assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Abu Musab al-Barnawi").id());
      assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Islamic State").id());
    });
  }

  @Test
  void theFoundersOfAGroupAreItsMembers() {
    Extraction x = Extractions.of("MUJAO, whose founders include the Mauritanian Hamada Ould Mohamed Kheirou, "
        + "claimed the kidnapping.", Language.EN, "2012-04-10");
    Relation r = relation(x, RelationType.MEMBER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Hamada Ould Mohamed Kheirou").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "MUJAO").id());
  }

  @Test
  void aFrenchRoleNounMayStandAFewWordsBeforeItsGroup() {
    Extraction x = Extractions.of("Mohamed el Mrabat, présenté comme un cadre important de l'État islamique au "
        + "Grand Sahara, a été arrêté.", Language.FR, "2020-06-05");
    Relation r = relation(x, RelationType.MEMBER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Mohamed el Mrabat").id());
  }

  @Test
  void aGroupWhoseLeaderDiedIsNotTheKiller() {
    Extraction x = ar("قتل زعيم تنظيم القاعدة في بلاد المغرب الإسلامي في غارة قرب تساليت.");
    String aqim = entity(x, "تنظيم القاعدة في بلاد المغرب الإسلامي").id();
    assertThat(x.relations()).noneMatch(r -> r.arg(Role.AGENT).contains(aqim));
  }

  @Test
  void aPledgeToTheLeadersOfGroupsIsToTheMenNamed() {
    Extraction x = ar("وأعلنت جماعة نصرة الإسلام والمسلمين بيعتها لزعيم القاعدة أيمن الظواهري، "
        + "ولأمير القاعدة في بلاد المغرب الإسلامي أبي مصعب عبد الودود.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "جماعة نصرة الإسلام والمسلمين").id());
    assertThat(r.arg(Role.OBJECT)).containsExactlyInAnyOrder(entity(x, "أيمن الظواهري").id(),
        entity(x, "أبي مصعب عبد الودود").id());
  }

  @Test
  void aSuffixedPledgeNounIsTheSentenceSubjectsPledge() {
    Extraction x = ar("وكانت جند الخلافة قد أعلنت انشقاقها عن تنظيم القاعدة في بلاد المغرب الإسلامي "
        + "ومبايعتها أبا بكر البغدادي.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "جند الخلافة").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "أبا بكر البغدادي").id());
  }

  @Test
  void acceptingAPledgeIsNoPledgeByTheOneWhoAccepts() {
    Extraction x = ar("وأعلن المتحدث باسم تنظيم الدولة أبو محمد العدناني قبول البيعة.");
    assertThat(relations(x, RelationType.PLEDGED_ALLEGIANCE)).isEmpty();
  }

  @Test
  void aClauseWhoseSubjectIsAPronounCooperatesAsTheSentencesFirstActor() {
    Extraction x = ar("وتبنت جماعة المرابطون الهجوم، مؤكدة أنها نفذته بالتنسيق مع «إمارة الصحراء».");
    Relation r = relation(x, RelationType.COOPERATION);
    assertThat(r.arg(Role.PARTICIPANTS)).containsExactlyInAnyOrder(entity(x, "المرابطون").id(),
        entity(x, "إمارة الصحراء").id());
  }

  @Test
  void whoeverDiedInAnAttackDidNotCarryItOut() {
    Extraction x = ar("قتل عدنان أبو الوليد الصحراوي في غارة قرب ميناكا.");
    String sahrawi = entity(x, "عدنان أبو الوليد الصحراوي").id();
    assertThat(relation(x, RelationType.ATTACK).arg(Role.AGENT)).doesNotContain(sahrawi);
    assertThat(relation(x, RelationType.ATTACK).arg(Role.TARGET)).contains(sahrawi);
  }

  @Test
  void aHeadlineSpeakerIsNoActorOfWhatHeSays() {
    Extraction x = ar("سلال: منفذو الهجوم قدموا من شمال مالي عبر النيجر.\nوقال عبد المالك سلال إن المهاجمين "
        + "تسللوا من ليبيا.");
    String sellal = entity(x, "عبد المالك سلال").id();
    assertThat(x.relations()).noneMatch(r -> r.arg(Role.SUBJECT).contains(sellal) || r.arg(Role.AGENT).contains(sellal));
  }

  @Test
  void whoAnnouncesACaptureWasNotCaptured() {
    Extraction x = Extractions.of("Florence Parly a annoncé la capture, le 19 mai, par les forces françaises.",
        Language.FR, "2020-06-05");
    assertThat(relation(x, RelationType.ARREST).arg(Role.TARGET)).doesNotContain(entity(x, "Florence Parly").id());
  }

  @Test
  void deathsWhenGunmenStormedATownAreTheGunmensDoing() {
    Extraction x = ar("قُتل 132 مدنيا عندما اقتحم مسلحون بلدة صولحان فجر السبت.");
    Relation killed = relation(x, RelationType.KILLED);
    assertThat(killed.arg(Role.AGENT)).containsExactly(entity(x, "مسلحون").id());
  }

  @Test
  void aGroupNamedAsWhoseManDiedIsNotTheKiller() {
    Extraction x = Extractions.of("Boko Haram's Shekau believed dead after clash with rivals.", Language.EN,
        "2021-05-21");
    String bokoHaram = entity(x, "Boko Haram").id();
    assertThat(x.relations()).noneMatch(r -> r.arg(Role.AGENT).contains(bokoHaram));
  }

  @Test
  void aVerbCoordinatedWithTheMainEventSharesItsAgent() {
    Extraction x = ar("قتلت وحدات الجيش التونسية 36 من المسلحين الذين هاجموا مدينة بن قردان، وأوقفت سبعة آخرين.");
    Relation arrest = relation(x, RelationType.ARREST);
    assertThat(arrest.arg(Role.TARGET)).containsExactly(entity(x, "سبعة آخرين").id());
    assertThat(arrest.arg(Role.AGENT)).containsExactly(entity(x, "وحدات الجيش التونسية").id());
  }

  @Test
  void aGroupTiedToAnotherByAnAdjectiveIsTheOneThatActs() {
    Extraction x = ar("وأعلنت جماعة أنصار الإسلام الموالية لتنظيم القاعدة مسؤوليتها عن الهجوم على ثكنة للجيش في جيبو.");
    Relation r = relation(x, RelationType.CLAIMED_RESPONSIBILITY);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "أنصار الإسلام").id());
    Extraction fr = Extractions.of("Le groupe Ansarul Islam lié à Al-Qaïda a attaqué un poste de police à Djibo.",
        Language.FR, "2017-01-10");
    Relation attack = relation(fr, RelationType.ATTACK);
    assertThat(attack.arg(Role.AGENT)).containsExactly(entity(fr, "Ansarul Islam").id());
  }

  @Test
  void aLatinRelativePassiveSpeaksOfItsAntecedent() {
    Extraction en = Extractions.of("The group was founded by Abdelmalek Droukdel, who was killed by French troops in 2020.",
        Language.EN, "2021-01-10");
    assertThat(relation(en, RelationType.KILLED).arg(Role.TARGET)).containsExactly(entity(en, "Abdelmalek Droukdel").id());
    Extraction fr = Extractions.of("Le groupe reste fidèle à Abdelmalek Droukdel, qui a été tué en juin.",
        Language.FR, "2021-01-10");
    assertThat(relation(fr, RelationType.KILLED).arg(Role.TARGET)).containsExactly(entity(fr, "Abdelmalek Droukdel").id());
  }

  @Test
  void theMediumOfAClaimIsNotWhatWasClaimed() {
    Extraction en = Extractions.of("Boko Haram claimed the raid in a video released by Reuters on Monday.",
        Language.EN, "2020-01-10");
    assertThat(relation(en, RelationType.CLAIMED_RESPONSIBILITY).arg(Role.OBJECT)).isEmpty();
    Extraction ar = ar("وتبنت جماعة بوكو حرام العملية في تسجيل مصور نشرته وكالة أعماق.");
    assertThat(relation(ar, RelationType.CLAIMED_RESPONSIBILITY).arg(Role.OBJECT)).isEmpty();
  }

  @Test
  void aFounderLeadsWhatHeFounded() {
    Extraction x = ar("وتبنت كتيبة \"الملثمين\" التي أسسها عبد الرزاق البارا الهجوم على الثكنة.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "عبد الرزاق البارا").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "كتيبة \"الملثمين").id());
  }

  @Test
  void aFounderLeadsWhatHeFoundedInEnglish() {
    Extraction x = Extractions.of("The attack was claimed by Ansar Dine, founded by Iyad Ag Ghaly in 2011.",
        Language.EN, "2016-03-01");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "Iyad Ag Ghaly").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "Ansar Dine").id());
  }

  @Test
  void aPossessiveRoleNounFarFromAnyGroupBelongsToTheSentencesTopic() {
    Extraction x = ar("وكانت جماعة أنصار الدين قد أعلنت قبل شهر انفصالها عن الحركة الوطنية لتحرير أزواد وتحالفها مع "
        + "تنظيم داعش، في رسالة صوتية نشرت على مواقع التواصل وحملت صوت أميرها أبو طلحة الليبي.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "أبو طلحة الليبي").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "أنصار الدين").id());
  }

  @Test
  void aSecretaryGeneralLeadsHisMovement() {
    Extraction x = ar("وصرح الأمين العام للحركة العربية الأزوادية سيدي إبراهيم ولد سيداتي بأن الاتفاق صامد.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "سيدي إبراهيم ولد سيداتي").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "لحركة العربية الأزوادية").id());
  }

  @Test
  void aRoleVerbAfterIdhGoesOnAboutTheSentencesPerson() {
    Extraction x = ar("ويعد يحيى أبو الهمام من أبرز وجوه التيار الجهادي، إذ تولى قيادة إمارة الصحراء عام 2012.");
    Relation r = relation(x, RelationType.LEADER_OF);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "يحيى أبو الهمام").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "إمارة الصحراء").id());
  }

  @Test
  void theNewGroupIsTheOneGivenANewName() {
    Extraction x = ar("أعلنت ثلاث جماعات مسلحة اندماجها في تنظيم واحد يحمل اسم \"جماعة نصرة الإسلام والمسلمين\"، "
        + "وكانت جماعة أنصار الدين أكبرها. وأعلن قادة التنظيم الجديد مبايعتهم لتنظيم القاعدة.");
    assertThat(entity(x, "التنظيم").id()).isEqualTo(entity(x, "جماعة نصرة الإسلام والمسلمين").id());
  }

  @Test
  void countedFightersWhoJoinAGroupBecomeItsMembers() {
    Extraction x = ar("وتحدثت مصادر محلية عن انضمام عشرات من مقاتلي حركة أنصار الدين إلى تنظيم داعش في الصحراء الكبرى.");
    String isgs = entity(x, "تنظيم داعش في الصحراء الكبرى").id();
    // the fighters, counted but unnamed, become members of the group they join
    assertThat(relations(x, RelationType.MEMBER_OF)).anySatisfy(r -> {
      assertThat(r.arg(Role.OBJECT)).containsExactly(isgs);
      assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "عشرات من مقاتلي حركة أنصار الدين").id());
    });
    Extraction group = ar("وتتحدث تقارير عن قرب انضمام كتيبة أنصار الشريعة إلى تنظيم داعش في الصحراء الكبرى.");
    Relation pledge = relation(group, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(pledge.arg(Role.OBJECT)).containsExactly(entity(group, "تنظيم داعش في الصحراء الكبرى").id());
  }

  @Test
  void anAppositionThatGivesANameNamesTheActor() {
    Extraction x = ar("وأفادت المصادر أن القيادي في كتيبة الفرقان، المدعو أبو دجانة القصيمي، تسلل من ليبيا إلى النيجر.");
    Relation r = relation(x, RelationType.MOVEMENT);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "أبو دجانة القصيمي").id());
  }

  @Test
  void holdingToAPledgeIsTheSubjectsOwnPledge() {
    Extraction x = ar("وجددت حركة أنصار الدين، في رد على بيان لتنظيم داعش، تمسكها ببيعة أيمن الظواهري.");
    Relation r = relation(x, RelationType.PLEDGED_ALLEGIANCE);
    assertThat(r.arg(Role.SUBJECT)).containsExactly(entity(x, "حركة أنصار الدين").id());
    assertThat(r.arg(Role.OBJECT)).containsExactly(entity(x, "أيمن الظواهري").id());
  }

  @Test
  void theNamedAppositionAfterALongGroupNameIsTheOneArrested() {
    Extraction fr = Extractions.of("La gendarmerie a arrêté mardi un cadre du Groupe de soutien à l'islam et aux musulmans "
        + "(GSIM), Moussa Diallo, près de Ségou.", Language.FR, "2022-02-03");
    assertThat(relation(fr, RelationType.ARREST).arg(Role.TARGET)).containsExactly(entity(fr, "Moussa Diallo").id());
  }

  @Test
  void aLowercaseHeadBeforeACapitalisedNameOpensAListedGroup() {
    Extraction fr = Extractions.of("Amadou Koufa, le chef de la katiba Macina, est réapparu dans une vidéo.",
        Language.FR, "2019-02-28");
    assertThat(relation(fr, RelationType.LEADER_OF).arg(Role.OBJECT)).containsExactly(entity(fr, "katiba Macina").id());
  }

  @Test
  void oneGroupsOwnFoundingIsNoMerger() {
    Extraction fr = Extractions.of("Le GSIM a prêté allégeance à Al-Qaïda lors de sa création en 2017.",
        Language.FR, "2020-02-03");
    assertThat(relations(fr, RelationType.MERGER)).isEmpty();
    assertThat(relation(fr, RelationType.PLEDGED_ALLEGIANCE).arg(Role.OBJECT)).containsExactly(entity(fr, "Al-Qaïda").id());
  }

  @Test
  void aGroupNamedOnlyAsWhomAnotherIsTiedToIsNoPartyToAMerger() {
    Extraction x = ar("وأعلنت حركة أنصار الدين وكتيبة ماسينا وإمارة الصحراء التابعة لتنظيم القاعدة في بلاد المغرب "
        + "الإسلامي اندماجها في جماعة نصرة الإسلام والمسلمين.");
    Relation merger = relation(x, RelationType.MERGER);
    assertThat(merger.arg(Role.PARTICIPANTS)).contains(entity(x, "كتيبة ماسينا").id())
        .doesNotContain(entity(x, "تنظيم القاعدة في بلاد المغرب الإسلامي").id());
  }
}
