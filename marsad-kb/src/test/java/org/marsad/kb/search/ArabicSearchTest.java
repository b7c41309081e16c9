package org.marsad.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Search across clitic forms and across scripts. */
class ArabicSearchTest {
  private final ReportIndex index = ReportIndex.inMemory();

  @AfterEach
  void close() {
    index.close();
  }

  private List<Long> ids(String query) {
    return index.search(SearchQuery.of(query)).hits().stream().map(Hit::reportId).sorted().toList();
  }

  @Test
  void aBareNameFindsItsProcliticForms() {
    index.add(TestReports.withText(1, "أعلنت مصادر محلية عن هجوم لداعش قرب الحدود."));
    index.add(TestReports.withText(2, "اتهمت السلطات عناصر مرتبطة بداعش بالوقوف وراء الهجوم."));
    index.add(TestReports.withText(3, "وقالت المصادر إن مقاتلين وداعش انسحبوا من المنطقة."));
    index.add(TestReports.withText(4, "عقد المجلس البلدي اجتماعه الشهري دون حوادث تذكر."));
    assertThat(ids("داعش")).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aBareNounFindsItsFormsWithArticleAndProclitics() {
    index.add(TestReports.withText(1, "انتشرت وحدات تابعة للجيش في محيط المدينة."));
    index.add(TestReports.withText(2, "قتل جنديان في اشتباك بالجيش النظامي."));
    index.add(TestReports.withText(3, "وأكد بيان والجيش المحلي ذلك."));
    assertThat(ids("جيش")).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aQueryWithTheArticleFindsTheFormsThatCarryIt() {
    index.add(TestReports.withText(1, "انتشرت وحدات تابعة للجيش في محيط المدينة."));
    index.add(TestReports.withText(2, "أرسلت الحكومة جيشا إلى الشمال."));
    assertThat(ids("الجيش")).containsExactly(1L);
  }

  @Test
  void theWordForMoneyDoesNotFindMali() {
    index.add(TestReports.withText(1, "وصل وفد من مالي إلى العاصمة لبحث الوضع الأمني."));
    assertThat(ids("مال")).isEmpty();
  }

  @Test
  void maliFindsMaliWithAndWithoutProclitics() {
    index.add(TestReports.withText(1, "وصل وفد من مالي إلى العاصمة."));
    index.add(TestReports.withText(2, "قدمت النيجر ومالي طلبا مشتركا."));
    index.add(TestReports.withText(3, "أعلن الرئيس دعمه لمالي في مواجهة الأزمة."));
    index.add(TestReports.withText(4, "خصصت البلدية مالا لإصلاح الطريق."));
    assertThat(ids("مالي")).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aLatinPlaceNameFindsItsArabicSpelling() {
    index.add(TestReports.withText(1, "شهدت مدينة كيدال اشتباكات عنيفة صباح اليوم."));
    index.add(TestReports.withText(2, "شهدت مدينة غاو هدوءا حذرا."));
    assertThat(ids("Kidal")).containsExactly(1L);
  }

  @Test
  void anArabicPlaceNameFindsItsLatinSpelling() {
    index.add(TestReports.report(1).language("fr").text("Des affrontements ont eu lieu à Kidal ce matin.").build());
    index.add(TestReports.report(2).language("fr").text("Le calme est revenu à Gao.").build());
    assertThat(ids("كيدال")).containsExactly(1L);
  }

  @Test
  void aLatinTwoWordNameFindsBothArabicSpellings() {
    index.add(TestReports.withText(1, "ظهر إياد أغ غالي في تسجيل مصور جديد."));
    index.add(TestReports.withText(2, "نسب البيان إلى إياد أق غالي تهديدات جديدة."));
    index.add(TestReports.withText(3, "قال أغ إن كل شيء غالي الثمن في السوق."));
    assertThat(ids("Ag Ghaly")).containsExactly(1L, 2L);
  }

  @Test
  void aLatinSurnameFindsItsArabicSpelling() {
    index.add(TestReports.withText(1, "تبنت جماعة بلمختار العملية في بيان."));
    assertThat(ids("Belmokhtar")).containsExactly(1L);
  }

  @Test
  void aShortLatinNameDoesNotMatchArabicWordsWithTheSameConsonants() {
    index.add(TestReports.withText(1, "أعرب السكان عن أمل في عودة العمل."));
    assertThat(ids("Mali")).isEmpty();
  }

  @Test
  void wordsAreAllRequired() {
    index.add(TestReports.withText(1, "هجوم مسلح على قافلة في كيدال."));
    index.add(TestReports.withText(2, "هجوم مسلح على سوق في غاو."));
    assertThat(ids("هجوم كيدال")).containsExactly(1L);
  }

  @Test
  void aQuotedPhraseRequiresTheWordsInOrder() {
    index.add(TestReports.withText(1, "نفذ مسلحون هجوم مسلح على نقطة تفتيش."));
    index.add(TestReports.withText(2, "نفى المتحدث أن يكون الهجوم من تنفيذ طرف مسلح."));
    assertThat(ids("\"هجوم مسلح\"")).containsExactly(1L);
  }

  @Test
  void aQuotedPhraseMatchesProcliticFormsOfItsWords() {
    index.add(TestReports.withText(1, "تعرضت دورية للجيش المالي لكمين."));
    assertThat(ids("\"الجيش المالي\"")).containsExactly(1L);
  }

  @Test
  void aFrenchQueryWithoutAccentsFindsAccentedText() {
    index.add(TestReports.report(1).language("fr").text("Une patrouille a été attaquée près de Ménaka.").build());
    assertThat(ids("menaka")).containsExactly(1L);
  }

  @Test
  void theTitleIsSearchedToo() {
    index.add(TestReports.report(1).title("كمين في تيساليت").text("قتل ثلاثة جنود.").build());
    assertThat(ids("تيساليت")).containsExactly(1L);
  }

  @Test
  void queryOperatorsAreTreatedAsPlainText() {
    index.add(TestReports.report(1).language("en").text("Gunmen attacked a convoy near Kidal.").build());
    assertThat(ids("near:Kidal")).containsExactly(1L);
    assertThat(ids("Kid*")).isEmpty();
    assertThat(ids("\"Kidal")).containsExactly(1L);
    assertThat(ids("***")).isEmpty();
  }
}
