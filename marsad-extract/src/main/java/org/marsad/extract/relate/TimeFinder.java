package org.marsad.extract.relate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.extract.Mention;
import org.marsad.extract.TimeValue;
import org.marsad.extract.find.Analysis;
import org.marsad.text.Span;
import org.marsad.text.TextNormalizer;
import org.marsad.text.TokenType;

/**
 * Finds time expressions in Arabic, French and English and resolves them against the publication date:
 * absolute dates ("3 مارس 2017", "le 12 janvier 2013"), months and years ("بداية شهر أكتوبر",
 * "خلال الأشهر الأولى من عام 2013"), and relative ones ("قبل أسبوعين", "أمس", "la semaine dernière",
 * "two weeks ago", "on Tuesday"). A relative expression without a publication date keeps its text and no
 * interval.
 */
public final class TimeFinder {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final java.util.Set<String> PLURAL_UNITS = new java.util.HashSet<>();
  private static final java.util.Set<String> STARTERS = new java.util.HashSet<>();
  private static final org.marsad.extract.match.WordTest STARTS_TIME =
      org.marsad.extract.match.WordTest.anyReading("time starter", STARTERS::contains);

  static {
    String[][] months = {
        {"يناير", "جانفي", "كانون الثاني", "janvier", "january", "jan"},
        {"فبراير", "فيفري", "شباط", "fevrier", "february", "feb"},
        {"مارس", "آذار", "mars", "march"},
        {"أبريل", "ابريل", "أفريل", "نيسان", "avril", "april"},
        {"مايو", "ماي", "أيار", "mai", "may"},
        {"يونيو", "يونيه", "جوان", "حزيران", "juin", "june"},
        {"يوليو", "يوليوز", "جويلية", "تموز", "juillet", "july"},
        {"أغسطس", "غشت", "أوت", "آب", "aout", "august"},
        {"سبتمبر", "شتنبر", "أيلول", "septembre", "september", "sept"},
        {"أكتوبر", "اكتوبر", "تشرين الأول", "octobre", "october"},
        {"نوفمبر", "نونبر", "تشرين الثاني", "novembre", "november"},
        {"ديسمبر", "دجنبر", "كانون الأول", "decembre", "december"}};
    for (int m = 0; m < months.length; m++) {
      for (String name : months[m]) {
        MONTHS.put(fold(name), m + 1);
      }
    }
    for (String u : new String[] {"يوم", "أيام", "يومين", "jour", "jours", "day", "days"}) {
      UNITS.put(fold(u), 1);
    }
    for (String u : new String[] {"أسبوع", "أسابيع", "أسبوعين", "semaine", "semaines", "week", "weeks"}) {
      UNITS.put(fold(u), 7);
    }
    for (String u : new String[] {"شهر", "أشهر", "شهور", "شهرين", "mois", "month", "months"}) {
      UNITS.put(fold(u), 30);
    }
    for (String u : new String[] {"سنة", "سنوات", "عام", "أعوام", "عامين", "سنتين", "an", "ans", "annee",
        "annees", "year", "years"}) {
      UNITS.put(fold(u), 365);
    }
    for (String u : new String[] {"أيام", "أسابيع", "أشهر", "شهور", "سنوات", "أعوام", "jours", "semaines",
        "annees", "days", "weeks", "months", "years"}) {
      PLURAL_UNITS.add(fold(u));
    }
    for (String s : new String[] {"قبل", "منذ", "il", "أمس", "hier", "yesterday", "البارحة", "أول", "يوم", "on",
        "late", "الأسبوع", "الشهر", "العام", "السنة", "last", "la", "le", "l", "الأشهر", "شهر", "عام", "سنة", "en",
        "in", "early", "mid", "end", "fin", "debut", "بداية", "مطلع", "أوائل", "منتصف", "أواسط", "نهاية",
        "أواخر", "آخر", "middle", "beginning", "mi", "two", "three", "four", "five", "six", "a"}) {
      STARTERS.add(fold(s));
    }
    String[][] nums = {{"واحد", "un", "une", "one", "a"}, {"اثنين", "deux", "two"}, {"ثلاثة", "ثلاث", "trois", "three"},
        {"أربعة", "أربع", "quatre", "four"}, {"خمسة", "خمس", "cinq", "five"}, {"ستة", "ست", "six"},
        {"سبعة", "سبع", "sept", "seven"}, {"ثمانية", "huit", "eight"}, {"تسعة", "neuf", "nine"},
        {"عشرة", "عشر", "dix", "ten"}};
    for (int k = 0; k < nums.length; k++) {
      for (String w : nums[k]) {
        NUMBERS.put(fold(w), k + 1);
      }
    }
    String[][] days = {{"الاثنين", "الإثنين", "lundi", "monday"}, {"الثلاثاء", "mardi", "tuesday"},
        {"الأربعاء", "mercredi", "wednesday"}, {"الخميس", "jeudi", "thursday"}, {"الجمعة", "vendredi", "friday"},
        {"السبت", "samedi", "saturday"}, {"الأحد", "dimanche", "sunday"}};
    for (int k = 0; k < days.length; k++) {
      for (String w : days[k]) {
        WEEKDAYS.put(fold(w), DayOfWeek.of(k + 1));
      }
    }
    WEEKDAYS.keySet().forEach(STARTERS::add);
    STARTERS.addAll(OrdinalDays.OPENERS);
    MONTHS.keySet().forEach(m -> STARTERS.add(m.split(" ")[0]));
    NUMBERS.keySet().forEach(STARTERS::add);
  }

  private static String fold(String s) {
    return TextNormalizer.get().fold(s);
  }

  /** A time expression over tokens {@code [first, end)} with its resolved value. */
  public record Found(int first, int end, TimeValue value) {
  }

  public List<Found> find(Analysis a, Optional<LocalDate> published) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < a.size()) {
      Found f = at(a, i, published);
      if (f != null) {
        out.add(f);
        i = f.end();
      } else {
        i++;
      }
    }
    return out;
  }

  private Found at(Analysis a, int i, Optional<LocalDate> pub) {
    if (a.token(i).type() != TokenType.NUMBER && !a.look().is(i, STARTS_TIME)) {
      return null; // most tokens cannot open a time expression; say so before any parsing
    }
    String w = a.folded(i);
    String bare = stripClitic(w);
    // relative: "قبل أسبوعين", "قبل عدة أشهر", "منذ 3 أسابيع", "il y a deux semaines", "two weeks ago"
    if (bare.equals("قبل") || bare.equals("منذ")) {
      Found f = ago(a, i, i + 1, pub, bare.equals("منذ"));
      if (f != null) {
        return f;
      }
    }
    if (w.equals("il") && i + 2 < a.size() && a.folded(i + 1).equals("y") && a.folded(i + 2).equals("a")) {
      Found f = ago(a, i, i + 3, pub, false);
      if (f != null) {
        return f;
      }
    }
    Integer n = number(a, i);
    if (n != null && i + 2 < a.size() && UNITS.containsKey(a.folded(i + 1)) && a.folded(i + 2).equals("ago")) {
      return relative(a, i, i + 3, pub, n * UNITS.get(a.folded(i + 1)), false);
    }
    if (bare.equals("امس") || w.equals("hier") || w.equals("yesterday") || bare.equals("البارحه")) {
      int end = i + 1;
      if (bare.equals("امس") && i > 0 && stripClitic(a.folded(i - 1)).equals("اول")) {
        return day(a, i - 1, end, pub, 2);
      }
      return day(a, i, end, pub, 1);
    }
    if (WEEKDAYS.containsKey(bare) && a.language().code().equals("ar") && i > 0
        && (stripClitic(a.folded(i - 1)).equals("يوم"))) {
      return weekday(a, i - 1, i + 1, pub, WEEKDAYS.get(bare));
    }
    if (WEEKDAYS.containsKey(w) && !a.language().code().equals("ar")) {
      int start = i > 0 && (a.folded(i - 1).equals("on") || a.folded(i - 1).equals("late")) ? i - 1 : i;
      int end = i + 1 < a.size() && a.folded(i + 1).equals("dernier") ? i + 2 : i + 1;
      return weekday(a, start, end, pub, WEEKDAYS.get(w));
    }
    Found last = lastPeriod(a, i, pub);
    if (last != null) {
      return last;
    }
    return calendar(a, i, pub);
  }

  private Found ago(Analysis a, int start, int j, Optional<LocalDate> pub, boolean since) {
    if (j >= a.size()) {
      return null;
    }
    String u = a.folded(j);
    if (UNITS.containsKey(u) && (u.endsWith("ين") || u.endsWith("ان"))) {
      return relative(a, start, j + 1, pub, 2 * UNITS.get(u), since); // Arabic dual: "أسبوعين"
    }
    if (PLURAL_UNITS.contains(u)) {
      return several(a, start, j + 1, pub, UNITS.get(u), since); // "قبل أسابيع": some weeks ago
    }
    if (UNITS.containsKey(u)) {
      return relative(a, start, j + 1, pub, UNITS.get(u), since);
    }
    Integer n = number(a, j);
    if (n != null && j + 1 < a.size() && UNITS.containsKey(a.folded(j + 1))) {
      return relative(a, start, j + 2, pub, n * UNITS.get(a.folded(j + 1)), since);
    }
    if ((u.equals("عده") || u.equals("بضعه") || u.equals("بضع") || u.equals("quelques") || u.equals("plusieurs"))
        && j + 1 < a.size() && UNITS.containsKey(a.folded(j + 1))) {
      return several(a, start, j + 2, pub, UNITS.get(a.folded(j + 1)), since);
    }
    return null;
  }

  /** "قبل عدة أشهر", "il y a quelques semaines": between two and nine units back. */
  private Found several(Analysis a, int start, int end, Optional<LocalDate> pub, int unit, boolean since) {
    Span span = a.originalSpan(start, end, 0);
    Mention m = Mention.of(a.aligned().original(), span.start(), span.end());
    if (pub.isEmpty()) {
      return new Found(start, end, new TimeValue(m, Optional.empty(), Optional.empty()));
    }
    LocalDate p = pub.get();
    return new Found(start, end, new TimeValue(m, Optional.of(p.minusDays(unit * 9L)),
        Optional.of(since ? p : p.minusDays(unit * 2L))));
  }

  private Found relative(Analysis a, int start, int end, Optional<LocalDate> pub, int days, boolean since) {
    Span span = a.originalSpan(start, end, 0);
    Mention m = Mention.of(a.aligned().original(), span.start(), span.end());
    if (pub.isEmpty()) {
      return new Found(start, end, new TimeValue(m, Optional.empty(), Optional.empty()));
    }
    LocalDate p = pub.get();
    int slack = Math.max(1, days / 5);
    LocalDate center = p.minusDays(days);
    return new Found(start, end, new TimeValue(m, Optional.of(center.minusDays(slack)),
        Optional.of(since ? p : center.plusDays(Math.min(slack, days)))));
  }

  private Found day(Analysis a, int start, int end, Optional<LocalDate> pub, int back) {
    Span span = a.originalSpan(start, end, 0);
    Mention m = Mention.of(a.aligned().original(), span.start(), span.end());
    Optional<LocalDate> d = pub.map(p -> p.minusDays(back));
    return new Found(start, end, new TimeValue(m, d, d));
  }

  private Found weekday(Analysis a, int start, int end, Optional<LocalDate> pub, DayOfWeek dow) {
    Span span = a.originalSpan(start, end, 0);
    Mention m = Mention.of(a.aligned().original(), span.start(), span.end());
    Optional<LocalDate> d = pub.map(p -> {
      LocalDate x = p.minusDays(1);
      while (x.getDayOfWeek() != dow) {
        x = x.minusDays(1);
      }
      return x;
    });
    return new Found(start, end, new TimeValue(m, d, d));
  }

  /** "الأسبوع الماضي", "الشهر الماضي", "la semaine dernière", "last week", "earlier this month". */
  private Found lastPeriod(Analysis a, int i, Optional<LocalDate> pub) {
    String w = stripClitic(a.folded(i));
    Integer unit = null;
    int end = -1;
    if (i + 1 < a.size() && (w.equals("الاسبوع") || w.equals("الشهر") || w.equals("العام") || w.equals("السنه"))
        && (a.folded(i + 1).equals("الماضي") || a.folded(i + 1).equals("المنصرم"))) {
      unit = UNITS.get(w.substring(2));
      end = i + 2;
    } else if (i + 1 < a.size() && w.equals("last") && UNITS.containsKey(a.folded(i + 1))) {
      unit = UNITS.get(a.folded(i + 1));
      end = i + 2;
    } else if (i + 2 < a.size() && (w.equals("la") || w.equals("le") || w.equals("l"))
        && UNITS.containsKey(a.folded(i + 1)) && (a.folded(i + 2).equals("derniere")
        || a.folded(i + 2).equals("dernier"))) {
      unit = UNITS.get(a.folded(i + 1));
      end = i + 3;
    }
    if (unit == null) {
      return null;
    }
    Span span = a.originalSpan(i, end, stripOffset(a.folded(i)));
    Mention m = Mention.of(a.aligned().original(), span.start(), span.end());
    if (pub.isEmpty()) {
      return new Found(i, end, new TimeValue(m, Optional.empty(), Optional.empty()));
    }
    LocalDate p = pub.get();
    LocalDate from;
    LocalDate to;
    if (unit == 7) {
      LocalDate monday = p.minusWeeks(1).with(DayOfWeek.MONDAY);
      from = monday;
      to = monday.plusDays(6);
    } else if (unit == 30) {
      YearMonth ym = YearMonth.from(p).minusMonths(1);
      from = ym.atDay(1);
      to = ym.atEndOfMonth();
    } else {
      from = LocalDate.of(p.getYear() - 1, 1, 1);
      to = LocalDate.of(p.getYear() - 1, 12, 31);
    }
    return new Found(i, end, new TimeValue(m, Optional.of(from), Optional.of(to)));
  }

  /**
   * Calendar expressions: [part] [شهر] MONTH [YEAR], DAY MONTH YEAR, MONTH DAY, YEAR, YEAR; with "part" one of
   * early/mid/late and their Arabic and French forms, and "the first months of YEAR".
   */
  private Found calendar(Analysis a, int i, Optional<LocalDate> pub) {
    int start = i;
    int j = i;
    int part = 0; // 0 whole, 1 early, 2 mid, 3 late
    String w = stripClitic(a.folded(j));
    int p = partOf(w);
    if (p > 0) {
      part = p;
      j++;
      if (j < a.size() && (stripClitic(a.folded(j)).equals("شهر") || a.folded(j).equals("de")
          || a.folded(j).equals("d"))) {
        j++;
      }
    } else if (w.equals("الاشهر") && j + 2 < a.size() && a.folded(j + 1).equals("الاولي")) {
      // "الأشهر الأولى من عام 2013"
      int k = j + 2;
      if (a.folded(k).equals("من")) {
        k++;
      }
      if (k < a.size() && (a.folded(k).equals("عام") || a.folded(k).equals("سنه"))) {
        k++;
      }
      Integer year = year(a, k);
      if (year != null) {
        return interval(a, start, k + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30));
      }
      return null;
    } else if (stripClitic(w).equals("شهر") && j + 1 < a.size() && MONTHS.containsKey(stripClitic(a.folded(j + 1)))) {
      j++;
    }
    Integer day = null;
    OrdinalDays.Day ordinal = part == 0 && j < a.size() ? OrdinalDays.at(a, j) : null;
    if (ordinal != null) {
      int k = ordinal.next();
      if (k < a.size() && stripClitic(a.folded(k)).equals("شهر")) {
        k++; // "من شهر مارس"
      }
      Found current = currentMonthDay(a, start, k, ordinal.day(), pub);
      if (current != null) {
        return current;
      }
      if (k < a.size() && MONTHS.containsKey(stripClitic(a.folded(k)))) {
        day = ordinal.day();
        j = k;
      }
    }
    if (j < a.size() && a.token(j).type() == TokenType.NUMBER && a.folded(j).length() <= 2) {
      int d = Integer.parseInt(a.folded(j));
      if (d >= 1 && d <= 31 && j + 1 < a.size() && MONTHS.containsKey(stripClitic(a.folded(j + 1)))) {
        day = d;
        j++;
      }
    }
    String mw = j < a.size() ? stripClitic(a.folded(j)) : "";
    Integer month = MONTHS.get(mw);
    int monthTokens = 1;
    if (month == null && j + 1 < a.size()) {
      month = MONTHS.get(mw + " " + a.folded(j + 1));
      monthTokens = 2;
    }
    if (month != null) {
      if (mw.equals("may") || mw.equals("mars") || mw.equals("mai") || mw.equals("march")) {
        boolean yearFollows = year(a, j + 1) != null;
        if (!capitalOrArabic(a, j) && day == null && part == 0 && !yearFollows) {
          return null; // "may" the verb, "mars" the planet, lower case
        }
      }
      int k = j + monthTokens;
      if (day == null && k < a.size() && a.token(k).type() == TokenType.NUMBER && a.folded(k).length() <= 2) {
        int d = Integer.parseInt(a.folded(k));
        if (d >= 1 && d <= 31) {
          day = d;
          k++;
          if (k < a.size() && a.folded(k).equals(",")) {
            k++;
          }
        }
      }
      if (k < a.size() && (stripClitic(a.folded(k)).equals("عام") || stripClitic(a.folded(k)).equals("سنه"))) {
        k++;
      }
      Integer year = k < a.size() ? year(a, k) : null;
      int end = year != null ? k + 1 : j + monthTokens;
      if (year == null && end < a.size() && LAST.contains(a.folded(end))) {
        end++; // "مارس الماضي": the latest March, as a bare month already reads
      }
      if (day != null && year == null && end < a.size() && a.folded(end - 1).equals(",")) {
        end--;
      }
      int y;
      if (year != null) {
        y = year;
      } else if (pub.isPresent()) {
        y = pub.get().getYear();
        if (YearMonth.of(y, month).atDay(1).isAfter(pub.get())) {
          y--;
        }
      } else {
        Span span = a.originalSpan(start, end, stripOffset(a.folded(start)));
        return new Found(start, end, new TimeValue(Mention.of(a.aligned().original(), span.start(), span.end()),
            Optional.empty(), Optional.empty()));
      }
      YearMonth ym = YearMonth.of(y, month);
      if (day != null && day <= ym.lengthOfMonth()) {
        LocalDate d = ym.atDay(day);
        return interval(a, start, end, d, d);
      }
      return interval(a, start, end, partStart(ym, part), partEnd(ym, part));
    }
    if (part == 0 && (w.equals("عام") || w.equals("سنه") || w.equals("en") || w.equals("in"))
        && j + 1 < a.size()) {
      Integer year = year(a, j + 1);
      if (year != null) {
        return interval(a, start, j + 2, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
    }
    if (part > 0) {
      Integer year = year(a, j);
      if (year != null) {
        LocalDate from = part == 1 ? LocalDate.of(year, 1, 1) : part == 2 ? LocalDate.of(year, 5, 1)
            : LocalDate.of(year, 9, 1);
        LocalDate to = part == 1 ? LocalDate.of(year, 4, 30) : part == 2 ? LocalDate.of(year, 8, 31)
            : LocalDate.of(year, 12, 31);
        return interval(a, start, j + 1, from, to);
      }
    }
    return null;
  }

  /**
   * "من الشهر الجاري", "من الشهر الماضي" after an ordinal day: that day of the publication month or the month
   * before; without a publication date the words are kept with no interval.
   */
  private Found currentMonthDay(Analysis a, int start, int k, int day, Optional<LocalDate> pub) {
    if (k + 1 >= a.size() || !a.folded(k).equals("الشهر")) {
      return null;
    }
    String which = a.folded(k + 1);
    int back = which.equals("الجاري") || which.equals("الحالي") ? 0
        : which.equals("الماضي") || which.equals("المنصرم") ? 1 : -1;
    if (back < 0) {
      return null;
    }
    if (pub.isEmpty()) {
      Span span = a.originalSpan(start, k + 2, stripOffset(a.folded(start)));
      return new Found(start, k + 2, new TimeValue(Mention.of(a.aligned().original(), span.start(), span.end()),
          Optional.empty(), Optional.empty()));
    }
    YearMonth ym = YearMonth.from(pub.get()).minusMonths(back);
    if (day > ym.lengthOfMonth()) {
      return null;
    }
    return interval(a, start, k + 2, ym.atDay(day), ym.atDay(day));
  }

  private static final java.util.Set<String> LAST = java.util.Set.of("الماضي", "المنصرم", "الفائت", "dernier");

  private static boolean capitalOrArabic(Analysis a, int j) {
    if (a.token(j).type() == TokenType.ARABIC) {
      return true;
    }
    Span s = a.aligned().toOriginal(a.token(j).span());
    return Character.isUpperCase(a.aligned().original().charAt(s.start()));
  }

  private static int partOf(String w) {
    switch (w) {
      case "بدايه": case "مطلع": case "اوائل": case "اول": case "debut": case "early": case "beginning":
        return 1;
      case "منتصف": case "اواسط": case "mi": case "mid": case "middle":
        return 2;
      case "نهايه": case "اواخر": case "اخر": case "fin": case "late": case "end":
        return 3;
      default:
        return 0;
    }
  }

  private static LocalDate partStart(YearMonth ym, int part) {
    return part == 2 ? ym.atDay(11) : part == 3 ? ym.atDay(21) : ym.atDay(1);
  }

  private static LocalDate partEnd(YearMonth ym, int part) {
    return part == 1 ? ym.atDay(10) : part == 2 ? ym.atDay(20) : ym.atEndOfMonth();
  }

  private Found interval(Analysis a, int start, int end, LocalDate from, LocalDate to) {
    Span span = a.originalSpan(start, end, stripOffset(a.folded(start)));
    Mention m = Mention.of(a.aligned().original(), span.start(), span.end());
    return new Found(start, end, new TimeValue(m, Optional.of(from), Optional.of(to)));
  }

  private static Integer year(Analysis a, int k) {
    if (k >= a.size() || a.token(k).type() != TokenType.NUMBER || a.folded(k).length() != 4) {
      return null;
    }
    int y = Integer.parseInt(a.folded(k));
    return y >= 1900 && y <= 2100 ? y : null;
  }

  private static Integer number(Analysis a, int j) {
    String w = a.folded(j);
    if (a.token(j).type() == TokenType.NUMBER && w.length() <= 3) {
      return Integer.parseInt(w);
    }
    return NUMBERS.get(w);
  }

  /** Drops a one-letter proclitic (و ف ب ل) when the rest is a time word. */
  private static String stripClitic(String w) {
    if (w.length() > 3 && "وفبل".indexOf(w.charAt(0)) >= 0) {
      String rest = w.substring(1);
      if (MONTHS.containsKey(rest) || UNITS.containsKey(rest) || rest.equals("امس") || partOf(rest) > 0
          || rest.equals("قبل") || rest.equals("منذ") || rest.startsWith("ال")) {
        return rest;
      }
    }
    return w;
  }

  private static int stripOffset(String w) {
    return stripClitic(w).length() < w.length() ? w.length() - stripClitic(w).length() : 0;
  }
}
