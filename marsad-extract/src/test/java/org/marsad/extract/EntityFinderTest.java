package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.extract.Extractions.ar;
import static org.marsad.extract.Extractions.entity;
import static org.marsad.extract.Extractions.of;

import org.junit.jupiter.api.Test;

/** One naming rule per test, on sentences written for the test. */
class EntityFinderTest {

  @Test
  void lexiconNameWithPrepositionClitic() {
    Entity e = entity(ar("أعلن القيادي انضمامه لداعش الشهر الماضي."), "داعش");
    assertThat(e.type()).isEqualTo(EntityType.ARMED_GROUP);
    assertThat(e.lexiconId()).isPresent();
  }

  @Test
  void lexiconNameAfterTatweelPrepositionAndQuotes() {
    Extraction x = ar("أعلن القيادي ولاءه لـ “داعش” العام الماضي.");
    assertThat(entity(x, "داعش").type()).isEqualTo(EntityType.ARMED_GROUP);
  }

  @Test
  void arabicAndLatinNamesOfOneGroupMeet() {
    Extraction x = ar("هاجمت جماعة بوكو حرام (Boko Haram) قرية في ولاية بورنو.");
    assertThat(entity(x, "بوكو حرام").lexiconId()).isEqualTo(entity(x, "Boko Haram").lexiconId());
  }

  @Test
  void unknownNameWithNisba() {
    Entity e = entity(ar("اعتقلت الشرطة المدعو سالم البوزيدي في المدينة."), "سالم البوزيدي");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.lexiconId()).isEmpty();
  }

  @Test
  void unknownNameWithOuldConnector() {
    Entity e = entity(ar("وصل القيادي سيدي ولد محمود إلى المنطقة."), "سيدي ولد محمود");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void unknownKunyaIsAPerson() {
    Entity e = entity(ar("قاد أبو طلحة المهاجر المجموعة نحو الحدود."), "أبو طلحة المهاجر");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void nameAndKunyaInARowAreOnePerson() {
    Extraction x = ar("وصل عمار حداد أبو الوليد الشاوي إلى المخيم.");
    assertThat(entity(x, "عمار حداد").id()).isEqualTo(entity(x, "أبو الوليد الشاوي").id());
  }

  @Test
  void twoPeopleJoinedByAndStayTwo() {
    Extraction x = ar("التقى عمار حداد وسالم البوزيدي في المخيم.");
    assertThat(entity(x, "عمار حداد").id()).isNotEqualTo(entity(x, "سالم البوزيدي").id());
  }

  @Test
  void theWordAlaIsNotTheNameAli() {
    Extraction x = ar("سيطر المسلحون على حمل السلاح في المنطقة.");
    assertThat(x.entities()).noneMatch(e -> e.name().startsWith("على"));
  }

  @Test
  void aCommonWordThatSpellsATownIsNotAPlace() {
    Extraction x = ar("جاء ذلك في إطار التعاون الأمني.");
    assertThat(x.entities()).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void compassWordJoinsThePlaceMention() {
    Entity mali = entity(ar("تنقل المسلحون إلى شمال مالي."), "شمال مالي");
    assertThat(mali.nameEn()).isEqualTo("Mali");
  }

  @Test
  void maghrebiLetterSpellingMatchesThePlace() {
    Extraction x = ar("وقع الحادث على الطريق بين بسكرة وورڤلة.");
    assertThat(entity(x, "ورڤلة").nameEn()).isEqualTo("Ouargla");
  }

  @Test
  void stateActorTakesItsNationality() {
    Entity e = entity(ar("نفذت القوات الفرنسية غارة ليلية."), "القوات الفرنسية");
    assertThat(e.type()).isEqualTo(EntityType.STATE_ACTOR);
    assertThat(e.nameEn()).contains("France");
  }

  @Test
  void unknownGroupNamedInQuotesAfterAHeadWord() {
    Entity e = entity(ar("أعلن تنظيم “سرايا الفجر الجديد” مسؤوليته عن التفجير."), "سرايا الفجر الجديد");
    assertThat(e.type()).isEqualTo(EntityType.ARMED_GROUP);
  }

  @Test
  void definiteGroupNounRefersBackToTheLastGroup() {
    Extraction x = ar("أعلنت جماعة أنصار الدين موقفها. وقالت الجماعة إنها لن تتفاوض.");
    assertThat(entity(x, "الجماعة").id()).isEqualTo(entity(x, "أنصار الدين").id());
  }

  @Test
  void aMovementAnaphorRefersToTheLastMovementNotTheLastGroup() {
    Extraction x = ar("قالت حركة إنقاذ أزواد إنها انفصلت عن تنظيم داعش. وأكد المتحدث باسم الحركة ذلك.");
    assertThat(entity(x, "الحركة").id()).isEqualTo(entity(x, "حركة إنقاذ أزواد").id());
  }

  @Test
  void aHeadThatOpensAListedNameIsNoAnaphor() {
    Extraction x = ar("هاجم تنظيم داعش المدينة. وقال مسؤول في الحركة الوطنية لتحرير أزواد إن الهجوم فشل.");
    assertThat(entity(x, "الحركة الوطنية لتحرير أزواد").id()).isNotEqualTo(entity(x, "داعش").id());
  }

  @Test
  void demonstrativeGroupNounRefersBackInFrench() {
    Extraction x = Extractions.of("L'État islamique au Grand Sahara a revendiqué l'attaque. Ce groupe est actif "
        + "dans la région de Ménaka.", org.marsad.text.Language.FR, "2019-05-02");
    assertThat(entity(x, "Ce groupe").id()).isEqualTo(entity(x, "État islamique au Grand Sahara").id());
  }

  @Test
  void theParticleAnIsNotTheGivenNameAnne() {
    Extraction x = ar("وأوضح المصدر أن أغلب المهاجمين تونسيون.");
    assertThat(x.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("أن")));
  }

  @Test
  void anUnlistedVillageAfterAPlaceHeadIsAPlace() {
    Extraction x = ar("قتل مسلحون عشرة مدنيين في قرية تامباكارا وسط البلاد.");
    Entity village = entity(x, "تامباكارا");
    assertThat(village.type()).isEqualTo(EntityType.LOCATION);
    assertThat(village.lexiconId()).isEmpty();
  }

  @Test
  void aPlaceHeadBeforeAnAdjectiveOrAVerbNamesNoPlace() {
    Extraction x = ar("لجأ المسلحون إلى منطقة نائية ثم إلى منطقة تقع قرب الحدود.");
    assertThat(x.entities()).noneMatch(e -> e.type() == EntityType.LOCATION
        && e.mentions().stream().anyMatch(m -> m.text().equals("نائية") || m.text().equals("تقع")));
  }

  @Test
  void aListedPlaceWithItsHeadStaysTheListedPlace() {
    Extraction x = ar("قتل القيادي في جبال إيفوغاس وفي سلسلة جبال إيفوغاس.");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.LOCATION).hasSize(1)
        .allMatch(e -> e.lexiconId().isPresent());
  }

  @Test
  void anUnlistedFrenchVillageAfterItsHead() {
    Extraction x = Extractions.of("Des hommes armés ont attaqué le village de Sobane, dans le centre du Mali.",
        org.marsad.text.Language.FR, "2019-03-24");
    assertThat(entity(x, "Sobane").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aLaterSurnameIsThePersonNamedInFull() {
    Extraction x = ar("اعتقلت الشرطة سالم البوزيدي في تونس. وقال المحققون إن البوزيدي كان عضوا في خلية.");
    Entity person = entity(x, "سالم البوزيدي");
    assertThat(person.mentions()).extracting(Mention::text).contains("البوزيدي");
  }

  @Test
  void aNisbaAfterANounDescribesTheNounNotThePerson() {
    Extraction x = ar("قتل عدنان أبو الوليد الصحراوي في غارة. وأعلن الجيش الصحراوي حالة التأهب. "
        + "وكان الصحراوي قياديا في التنظيم.");
    Entity person = entity(x, "عدنان أبو الوليد الصحراوي");
    assertThat(person.mentions()).extracting(Mention::text).containsExactly("عدنان أبو الوليد الصحراوي",
        "الصحراوي");
    assertThat(person.mentions().get(1).start()).isGreaterThan(x.text().indexOf("وكان"));
  }

  @Test
  void aSurnameTwoPeopleShareNamesNeither() {
    Extraction x = ar("التقى سالم البوزيدي بعمار البوزيدي في تونس. وقال البوزيدي إن اللقاء كان وديا.");
    assertThat(x.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().equals("البوزيدي")));
  }

  @Test
  void aLatinSurnameIsThePersonNamedInFull() {
    Extraction x = Extractions.of("Abdelmalek Droukdel was killed in June. Droukdel had led AQIM since 2004.",
        org.marsad.text.Language.EN, "2020-06-06");
    assertThat(entity(x, "Abdelmalek Droukdel").mentions()).hasSize(2);
  }

  @Test
  void aPresentTenseVerbBeforeAqIsNoGivenName() {
    Extraction x = ar("وقال إن موسى أق أشراتومان ينحدر أق أشراتومان من قبيلة كبيرة.");
    assertThat(x.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("ينحدر")));
  }

  @Test
  void frenchArmiesOfTwoCountriesAreTwoStateActors() {
    Extraction x = Extractions.of("L'armée malienne et l'armée française ont mené une opération conjointe. "
        + "Les forces françaises ont tué dix jihadistes.", org.marsad.text.Language.FR, "2020-01-10");
    assertThat(entity(x, "L'armée malienne").id()).isNotEqualTo(entity(x, "l'armée française").id());
    assertThat(entity(x, "Les forces françaises").id()).isEqualTo(entity(x, "l'armée française").id());
  }

  @Test
  void englishNationalitiesStandBeforeTheirForces() {
    Extraction x = Extractions.of("Chadian and Nigerien troops attacked the camp, backed by French forces.",
        org.marsad.text.Language.EN, "2015-03-10");
    assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.STATE_ACTOR).extracting(Entity::nameEn)
        .containsExactlyInAnyOrder("Armed forces (Chad)", "Armed forces (Niger)", "Armed forces (France)");
  }

  @Test
  void territoryWithANationalityIsTheCountry() {
    Extraction x = ar("وقال الوزير إن المسلحين تسللوا من الأراضي الليبية قبل أن يعودوا إلى ليبيا.");
    assertThat(entity(x, "الأراضي الليبية").id()).isEqualTo(entity(x, "ليبيا").id());
  }

  @Test
  void aBorderWithANationalityIsAPlaceOfItsOwn() {
    Extraction x = ar("تنشط الجماعة قرب الحدود الجزائرية شمال مالي.");
    Entity border = entity(x, "الحدود الجزائرية");
    assertThat(border.type()).isEqualTo(EntityType.LOCATION);
    assertThat(x.entities()).filteredOn(e -> e.name().equals("الجزائر")).isEmpty();
  }

  @Test
  void aNamedOrNationalBuildingIsAPlace() {
    Extraction x = ar("هاجم مسلحون فندق راديسون في باماكو، ثم السفارة الفرنسية في واغادوغو.");
    assertThat(entity(x, "راديسون").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity(x, "السفارة الفرنسية").type()).isEqualTo(EntityType.LOCATION);
    assertThat(x.entities()).noneMatch(e -> e.type() == EntityType.STATE_ACTOR);
  }

  @Test
  void aLowercaseArticleStillOpensALatinName() {
    Extraction x = Extractions.of("He met commanders of al-Qaeda in the Islamic Maghreb in Timbuktu.",
        org.marsad.text.Language.EN, "2012-05-01");
    assertThat(entity(x, "al-Qaeda in the Islamic Maghreb").type()).isEqualTo(EntityType.ARMED_GROUP);
  }

  @Test
  void andWithTheArticleStartsTheNextItemNotAPartOfTheName() {
    Extraction x = ar("جمع اللقاء موسى أق أشراتومان والجنرال الحاج أق قامو.");
    assertThat(x.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().endsWith("والجنرال")));
  }

  @Test
  void foreignGivenNameInArabicScript() {
    Entity e = entity(ar("التقت الوزيرة فلورنس بارلي قادة الجيش."), "فلورنس بارلي");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void variantSpellingOfAKnownLeaderLinksToTheLexicon() {
    Entity e = entity(ar("ظهر إياد أق غالي في تسجيل جديد."), "إياد أق غالي");
    assertThat(e.lexiconId()).hasValueSatisfying(id -> assertThat(id).startsWith("person/"));
  }

  @Test
  void kunyaInTheGenitiveMatchesTheLexicon() {
    Extraction x = ar("بايع التنظيم لأبي بكر البغدادي.");
    assertThat(entity(x, "أبي بكر البغدادي").lexiconId()).isPresent();
  }

  @Test
  void frenchNamesAreFound() {
    Extraction x = Extractions.of("Iyad Ag Ghaly dirige le Groupe de soutien à l'islam et aux musulmans au Mali.",
        org.marsad.text.Language.FR, "2020-01-01");
    assertThat(entity(x, "Iyad Ag Ghaly").type()).isEqualTo(EntityType.PERSON);
    assertThat(entity(x, "Mali").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void nicknameAfterMukannaIsTheSamePerson() {
    Extraction x = ar("قتل الجيش الإرهابي سالم البوزيدي، المكنى أبو قتادة الليبي، قرب الحدود.");
    assertThat(entity(x, "سالم البوزيدي").id()).isEqualTo(entity(x, "أبو قتادة الليبي").id());
  }

  @Test
  void countedUnnamedActorsStartAtTheirNumber() {
    Extraction x = ar("اعتقلت الشرطة 12 من المسلحين في ضواحي المدينة.");
    assertThat(x.relations()).anySatisfy(r -> assertThat(x.entity(r.arg(Role.TARGET).get(0)).orElseThrow()
        .mentions().get(0).text()).startsWith("12"));
  }

  @Test
  void groupAnaphorReachesIntoTheNextParagraph() {
    Extraction x = ar("أعلنت جماعة أنصار الدين موقفها من المفاوضات.\n\nوقال أحد قادة الجماعة إنها لن تتفاوض.");
    assertThat(entity(x, "الجماعة").id()).isEqualTo(entity(x, "أنصار الدين").id());
  }

  @Test
  void companiesMediaAndAgenciesAreInTheLexicon() {
    Extraction x = ar("ونقلت وكالة فرانس برس عن مسؤول في شركة سوناطراك أن أفريكوم لم تعلق.");
    assertThat(entity(x, "وكالة فرانس برس").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(x, "سوناطراك").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity(x, "أفريكوم").type()).isEqualTo(EntityType.STATE_ACTOR);
  }

  @Test
  void aTitleInAppositionToANameDescribesThatPersonAndIsNoActorOfItsOwn() {
    Extraction x = ar("قال المتحدث إن يحيى أبو الهمام، أمير \"إمارة الصحراء\"، حضر الاجتماع.");
    assertThat(x.entities()).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("أمير")));
    Extraction alone = ar("قال المتحدث إن أمير \"إمارة الصحراء\" حضر الاجتماع.");
    assertThat(alone.entities()).anyMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("أمير")));
  }

  @Test
  void aReportedSpeakersNameEndsAtTheParticleThatFoldsLikeAGivenName() {
    Extraction x = ar("كشف الوزير سالم البوزيدي أن مسلحين اقتحموا فندقا في باماكو.");
    assertThat(entity(x, "سالم البوزيدي").mentions()).allSatisfy(m -> assertThat(m.text()).isEqualTo("سالم البوزيدي"));
  }

  @Test
  void aLatinKunyaNamesAPerson() {
    Extraction x = Extractions.of("Police in Kano detained a senior commander, Abu Zubair, on Friday.",
        org.marsad.text.Language.EN, "2021-04-10");
    assertThat(entity(x, "Abu Zubair").type()).isEqualTo(EntityType.PERSON);
    Relation arrest = Extractions.relation(x, RelationType.ARREST);
    assertThat(arrest.arg(Role.TARGET)).contains(entity(x, "Abu Zubair").id());
  }

  @Test
  void aKindOfGroupWrittenBeforeAQuotedNameIsFoundAgain() {
    Extraction x = ar("اجتمع قادة كتيبة \"المرابطون\" مع مبعوث من تنظيم القاعدة في بلاد المغرب الإسلامي. وقالت الكتيبة إن اللقاء تم في ليبيا.");
    assertThat(entity(x, "الكتيبة").id()).isEqualTo(entity(x, "المرابطون").id());
  }

  @Test
  void aGenericAnaphorAfterAListedLeaderIsTheGroupHeLeads() {
    Extraction x = ar("وتنشط جماعة نصرة الإسلام والمسلمين في وسط مالي إلى جانب كتيبة ماسينا. "
        + "وقال إياد أغ غالي زعيم الجماعة في تسجيل إن القتال سيستمر.");
    assertThat(entity(x, "الجماعة").id()).isEqualTo(entity(x, "جماعة نصرة الإسلام والمسلمين").id());
  }

  @Test
  void aDefinitePlaceNounPointsBackToTheLastPlaceOfItsKind() {
    Extraction x = ar("هاجم مسلحون بلدة كرامي شمالي النيجر، ثم انسحبوا من البلدة نحو الحدود.");
    assertThat(entity(x, "البلدة").name()).isEqualTo("كرامي");
  }

  @Test
  void aFacilityNounPointsBackToTheFacilityNamedWithIt() {
    Extraction x = ar("اقتحم مسلحون فندق أزالاي في مدينة أغاديس، وطوقت قوات الأمن الفندق ساعات.");
    assertThat(entity(x, "الفندق").name()).isEqualTo("أزالاي");
  }

  @Test
  void aPlaceNounFollowedByANameIsNotAPointerBack() {
    Extraction x = of("Des hommes armés ont attaqué Ménaka. Ils ont ensuite visé la ville de Gao.",
        org.marsad.text.Language.FR, "2020-01-01");
    assertThat(x.entities()).noneSatisfy(e -> assertThat(e.mentions())
        .anySatisfy(m -> assertThat(m.text()).isEqualTo("la ville")));
  }

  @Test
  void aPlaceNounWithNoPlaceOfItsKindBeforeItStaysUnresolved() {
    Extraction x = ar("أعلنت الحكومة النيجرية حالة الطوارئ، وقالت إن الوضع في المدينة هادئ.");
    assertThat(x.entities()).noneSatisfy(e -> assertThat(e.mentions())
        .anySatisfy(m -> assertThat(m.text()).isEqualTo("المدينة")));
  }

  @Test
  void theCountryIsTheOneTheLastPlaceNamedLiesIn() {
    Extraction x = ar("هاجم مسلحون قرية في منطقة تيلابيري غربي البلاد.");
    Entity country = entity(x, "البلاد");
    assertThat(country.name()).isEqualTo("النيجر");
    assertThat(country.lexiconId()).contains("place/country-ne");
  }

  @Test
  void aBarePluralRightBeforeAnEventVerbIsAnActor() {
    Extraction x = ar("مسلحون هاجموا قرية كاتاري.");
    assertThat(entity(x, "مسلحون").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aConjoinedPrepositionIsNotTheGivenNameAli() {
    Extraction x = ar("أطلق مسلحون النار على رواد الشاطئ وعلى فنادق مطلة عليه.");
    assertThat(x.entities()).noneSatisfy(e -> assertThat(e.name()).contains("فنادق"));
  }

  @Test
  void frenchPressWritesSomeAcronymsInTitleCase() {
    Extraction x = of("Le Mujao, un groupe dissident d'Aqmi, contrôle Gao.", org.marsad.text.Language.FR, "2012-07-01");
    assertThat(entity(x, "Mujao").lexiconId()).contains("group/mujao");
    assertThat(entity(x, "Aqmi").lexiconId()).contains("group/aqim");
  }
}
