package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.marsad.text.Language;

/** Time expressions resolved against the publication date, one form per test. */
class TimeFinderTest {

  private static TimeValue timeOf(String text, Language lang, String published) {
    Extraction x = Extractions.of(text, lang, published);
    return x.relations().stream().filter(r -> r.time().isPresent()).findFirst()
        .orElseThrow(() -> new AssertionError("no timed relation in " + x.relations())).time().orElseThrow();
  }

  private static void assertInterval(TimeValue t, String from, String to) {
    assertThat(t.earliest()).contains(LocalDate.parse(from));
    assertThat(t.latest()).contains(LocalDate.parse(to));
  }

  @Test
  void twoWeeksAgoInArabicDual() {
    TimeValue t = timeOf("اعتقلت الشرطة سالم البوزيدي قبل أسبوعين.", Language.AR, "2015-11-02");
    assertThat(t.mention().text()).isEqualTo("قبل أسبوعين");
    assertThat(t.earliest().orElseThrow()).isBefore(LocalDate.parse("2015-10-19").plusDays(1));
    assertThat(t.latest().orElseThrow()).isAfter(LocalDate.parse("2015-10-18"));
  }

  @Test
  void yesterday() {
    assertInterval(timeOf("اعتقلت الشرطة سالم البوزيدي أمس.", Language.AR, "2015-11-02"), "2015-11-01", "2015-11-01");
  }

  @Test
  void earlyInAMonthWithoutYearTakesTheLatestPastOne() {
    TimeValue t = timeOf("اعتقلت الشرطة سالم البوزيدي بداية شهر أكتوبر.", Language.AR, "2015-11-02");
    assertInterval(t, "2015-10-01", "2015-10-10");
  }

  @Test
  void firstMonthsOfAYear() {
    TimeValue t = timeOf("اعتقلت الشرطة سالم البوزيدي خلال الأشهر الأولى من عام 2013.", Language.AR, "2015-11-02");
    assertInterval(t, "2013-01-01", "2013-04-30");
  }

  @Test
  void fullArabicDateWithMaghrebiMonth() {
    assertInterval(timeOf("اعتقلت الشرطة سالم البوزيدي يوم 3 مارس 2017.", Language.AR, "2017-03-05"),
        "2017-03-03", "2017-03-03");
  }

  @Test
  void frenchLastWeek() {
    TimeValue t = timeOf("La gendarmerie a arrêté Iyad Ag Ghaly à Kidal la semaine dernière.", Language.FR,
        "2018-11-14");
    assertInterval(t, "2018-11-05", "2018-11-11");
  }

  @Test
  void englishWeekday() {
    TimeValue t = timeOf("Police arrested Iyad Ag Ghaly in Kidal on Tuesday.", Language.EN, "2018-11-16");
    assertInterval(t, "2018-11-13", "2018-11-13");
  }

  @Test
  void relativeTimeWithoutPublicationDateKeepsTextOnly() {
    Extraction x = Extractions.EXTRACTOR.extract("اعتقلت الشرطة سالم البوزيدي أمس.",
        ExtractOptions.defaults().withLanguage(Language.AR));
    TimeValue t = x.relations().get(0).time().orElseThrow();
    assertThat(t.mention().text()).isEqualTo("أمس");
    assertThat(t.earliest()).isEmpty();
  }

  @Test
  void anOrdinalDayOfANamedMonth() {
    TimeValue t = timeOf("اعتقلت الشرطة سالم البوزيدي في التاسع عشر من مايو.", Language.AR, "2020-06-05");
    assertThat(t.mention().text()).isEqualTo("التاسع عشر من مايو");
    assertInterval(t, "2020-05-19", "2020-05-19");
  }

  @Test
  void anOrdinalDayOfTheCurrentMonth() {
    TimeValue t = timeOf("هاجم مسلحون قرية كاتاري في الحادي والعشرين من الشهر الجاري.", Language.AR, "2015-03-25");
    assertInterval(t, "2015-03-21", "2015-03-21");
  }

  @Test
  void anOrdinalWithoutMinIsNotADay() {
    Extraction x = Extractions.of("اعتقلت الشرطة القيادي الثالث في الجماعة سالم البوزيدي.", Language.AR,
        "2015-03-25");
    assertThat(x.relations()).allSatisfy(r -> assertThat(r.time()).isEmpty());
  }

  @Test
  void aMonthFollowedByLastKeepsTheWord() {
    TimeValue t = timeOf("اعتقلت الشرطة سالم البوزيدي في مارس الماضي.", Language.AR, "2016-01-10");
    assertThat(t.mention().text()).isEqualTo("مارس الماضي");
    assertInterval(t, "2015-03-01", "2015-03-31");
  }
}
