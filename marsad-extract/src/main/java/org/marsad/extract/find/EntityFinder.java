package org.marsad.extract.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.EntityType;
import org.marsad.extract.lexicon.Cue;
import org.marsad.extract.lexicon.PlaceEntry;
import org.marsad.extract.lexicon.Title;
import org.marsad.extract.match.EntityRef;
import org.marsad.extract.match.LexiconIndex;
import org.marsad.extract.match.PhraseTrie;
import org.marsad.extract.match.WordTest;
import org.marsad.text.Language;
import org.marsad.text.Span;
import org.marsad.text.Token;
import org.marsad.text.TokenType;
import org.marsad.text.Transliterator;

/**
 * Finds entity mentions in one pass over the tokens: state actors (head + nationality), lexicon names
 * (longest match, clitics allowed), unknown personal names, groups named by a head word, and unnamed actors
 * ("مبعوث من تنظيم X"). Mentions of different kinds may nest: a state actor "أجهزة الأمن في الجزائر" contains
 * the place "الجزائر".
 */
public final class EntityFinder {
  private static final String QUOTE = "\"";
  private final LexiconIndex index;
  private final NameFinder names;

  public EntityFinder(LexiconIndex index) {
    this.index = index;
    this.names = new NameFinder(index);
  }

  public List<Candidate> find(Analysis a) {
    List<Candidate> out = new ArrayList<>();
    String lang = a.language() == Language.UNKNOWN ? "ar" : a.language().code();
    int i = 0;
    int coveredUntil = 0;
    while (i < a.size()) {
      Token t = a.token(i);
      if (t.type() == TokenType.NUMBER && unnamedActor(a, i, lang, out)) {
        i++;
        continue; // "29 من المهاجمين" starts at its number
      }
      if (!t.isWord()) {
        i++;
        continue;
      }
      if (t.type() == TokenType.ARABIC && a.look().openers(i) == 0 && !mayOpenUnlisted(a, i)) {
        i++;
        continue; // no lexicon phrase opens here and no pattern can: most words of a report
      }
      int next = stateActor(a, i, lang, out);
      if (next > i) {
        i = next;
        continue;
      }
      if (unnamedActor(a, i, lang, out)) {
        i++;
        continue;
      }
      int groupEnd = namedGroup(a, i, lang, out);
      if (groupEnd > i) {
        i = groupEnd;
        continue;
      }
      int territoryEnd = territory(a, i, lang, out);
      if (territoryEnd > i) {
        i = territoryEnd;
        continue;
      }
      int placeEnd = placeName(a, i, lang, out);
      if (placeEnd > i) {
        i = placeEnd;
        continue;
      }
      int anaphorEnd = groupAnaphor(a, i, out);
      if (anaphorEnd > i) {
        i = anaphorEnd;
        continue;
      }
      int placeAnaphorEnd = placeAnaphor(a, i, lang, out);
      if (placeAnaphorEnd > i) {
        i = placeAnaphorEnd;
        continue;
      }
      PhraseTrie.Match<EntityRef> m = a.look().entity(i);
      Optional<EntityRef> ref = m == null ? Optional.empty() : accept(a, m);
      if (ref.isPresent() && ref.get().type() == EntityType.PERSON && isKunyaWord(a.folded(i))) {
        // "أبو طلحة المهاجر" is not "أبو طلحة" of the lexicon: a kunya alone does not identify a person
        NameFinder.NameSpan longer = names.at(a, i);
        if (longer != null && longer.end() > m.end()) {
          addName(a, longer, out);
          i = longer.end();
          continue;
        }
      }
      if (ref.isPresent()) {
        out.add(lexiconCandidate(a, m, ref.get(), lang));
        i = m.end();
        continue;
      }
      NameFinder.NameSpan name = names.at(a, i);
      if (name != null) {
        addName(a, name, out);
        i = name.end();
        continue;
      }
      if (t.type() == TokenType.LATIN) {
        int end = latinName(a, i);
        if (end > i) {
          out.add(nameCandidate(a, i, end, 0));
          i = end;
          continue;
        }
      }
      i++;
    }
    return Surnames.withLaterMentions(a, out);
  }

  private static boolean isKunyaWord(String folded) {
    String w = folded.length() > 3 && folded.charAt(0) == '\u0648' ? folded.substring(1) : folded;
    return w.equals("ابو") || w.equals("ابي") || w.equals("ابا");
  }

  private Optional<EntityRef> accept(Analysis a, PhraseTrie.Match<EntityRef> m) {
    Span span = a.originalSpan(m.first(), m.end(), m.offsetInFirst());
    String original = a.originalText(span);
    if (m.end() - m.first() == 1 && a.token(m.first()).type() == TokenType.ARABIC
        && index.isAmbiguous(a.folded(m.first()).substring(m.offsetInFirst()))) {
      return Optional.empty();
    }
    EntityRef best = null;
    for (EntityRef r : m.values()) {
      if (r.acronym() && !original.equals(r.surface())) {
        continue;
      }
      boolean latin = a.token(m.first()).type() == TokenType.LATIN;
      if (latin && !r.acronym() && !Character.isUpperCase(capitalOf(original))
          && !(m.end() - m.first() > 1 && LOWERCASE_HEADS.contains(a.folded(m.first()))
          && Character.isUpperCase(capitalOf(a.originalText(a.originalSpan(m.end() - 1, m.end(), 0)))))) {
        // proper names are capitalised in Latin script ("niger" the word is not Niger); a generic head written
        // in lower case before a capitalised name ("la katiba Macina", "the brigade Al-Furqan") still opens it
        continue;
      }
      if (best == null || rank(r.type()) < rank(best.type())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }

  private static final java.util.Set<String> LOWERCASE_HEADS = java.util.Set.of("katiba", "katibat", "groupe",
      "group", "brigade", "mouvement", "movement", "front", "organisation", "organization");

  /** The letter that shows a Latin name is a name: the first, or the one after "al-" ("al-Qaeda", "el-Mrabat"). */
  private static int capitalOf(String original) {
    String lower = original.toLowerCase(java.util.Locale.ROOT);
    boolean article = (lower.startsWith("al-") || lower.startsWith("el-")) && original.length() > 3;
    return original.codePointAt(article ? 3 : 0);
  }

  private static int rank(EntityType t) {
    switch (t) {
      case ARMED_GROUP: return 0;
      case PERSON: return 1;
      case STATE_ACTOR: return 2;
      case ORGANIZATION: return 3;
      default: return 4;
    }
  }

  private Candidate lexiconCandidate(Analysis a, PhraseTrie.Match<EntityRef> m, EntityRef r, String lang) {
    int first = m.first();
    int offset = m.offsetInFirst();
    if (r.type() == EntityType.LOCATION && first > 0) {
      // "شمال مالي": a compass word before a place belongs to the mention; the entity stays the place.
      for (int back = 1; back <= 2 && first - back >= 0; back++) {
        PhraseTrie.Match<Cue> d = a.look().cue(first - back);
        if (d != null && d.end() == first && hasKind(d.values(), "DIRECTION", lang)) {
          offset = d.offsetInFirst();
          first = first - back;
          break;
        }
      }
    }
    return new Candidate(first, m.end(), offset, r.type(), r.lexiconId(), Candidate.Kind.LEXICON,
        r.nameAr(), r.nameEn(), Optional.of(r.lexiconId()), r.geo(), Optional.empty());
  }

  private static boolean hasKind(List<Cue> cues, String kind, String lang) {
    for (Cue c : cues) {
      if (c.kind().equals(kind) && c.lang().equals(lang)) {
        return true;
      }
    }
    return false;
  }

  private static String valueOf(List<Cue> cues, String kind, String lang) {
    for (Cue c : cues) {
      if (c.kind().equals(kind) && c.lang().equals(lang)) {
        return c.value();
      }
    }
    return "";
  }

  private void addName(Analysis a, NameFinder.NameSpan n, List<Candidate> out) {
    if (n.kunyaAt() > n.first() + 1) {
      // "جمال عكاشة يحيى أبو الهمام": a name and a kunya-name in a row, two mentions of one person.
      out.add(nameCandidate(a, n.first(), n.kunyaAt(), n.offsetInFirst()));
      out.add(nameCandidate(a, n.kunyaAt(), n.end(), 0));
    } else {
      out.add(nameCandidate(a, n.first(), n.end(), n.offsetInFirst()));
    }
  }

  private Candidate nameCandidate(Analysis a, int first, int end, int offset) {
    Span span = a.originalSpan(first, end, offset);
    String text = a.originalText(span);
    String folded = a.aligned().normalized().substring(a.token(first).start() + offset, a.token(end - 1).end());
    Optional<EntityRef> known = index.personByKey(folded);
    if (known.isPresent()) {
      EntityRef r = known.get();
      return new Candidate(first, end, offset, EntityType.PERSON, r.lexiconId(), Candidate.Kind.LEXICON,
          r.nameAr(), r.nameEn(), Optional.of(r.lexiconId()), Optional.empty(), Optional.empty());
    }
    String en = a.token(first).type() == TokenType.LATIN ? text : capitalize(Transliterator.romanize(text));
    return new Candidate(first, end, offset, EntityType.PERSON, "name:" + folded, Candidate.Kind.NAME,
        text, en, Optional.empty(), Optional.empty(), Optional.empty());
  }

  static String capitalize(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean up = true;
    for (char c : s.toCharArray()) {
      sb.append(up ? Character.toUpperCase(c) : c);
      up = c == ' ' || c == '-';
    }
    return sb.toString();
  }

  /** State actor: a head (الجيش، مصالح الأمن) with a nationality adjective or "في" + country. */
  private int stateActor(Analysis a, int i, String lang, List<Candidate> out) {
    int adjectiveFirst = nationalityBeforeHead(a, i, lang, out);
    if (adjectiveFirst > i) {
      return adjectiveFirst;
    }
    PhraseTrie.Match<Cue> head = a.look().cue(i);
    if (head == null || !hasKind(head.values(), "STATE_HEAD", lang)) {
      return i;
    }
    String category = valueOf(head.values(), "STATE_HEAD", lang);
    int j = head.end();
    if (j < a.size()) {
      PhraseTrie.Match<PlaceEntry> adj = a.look().adjective(j);
      if (adj != null && adj.offsetInFirst() == 0) {
        PlaceEntry country = adj.values().get(0);
        out.add(state(a, i, adj.end(), head.offsetInFirst(), country, category));
        int k = adj.end();
        // "مصالح الأمن الجزائرية والفرنسية": a second adjective is a second service.
        while (k < a.size()) {
          PhraseTrie.Match<PlaceEntry> more = a.look().adjective(k);
          if (more == null || more.offsetInFirst() == 0) {
            break;
          }
          Candidate second = state(a, k, more.end(), more.offsetInFirst(), more.values().get(0), category);
          String headText = a.originalText(a.originalSpan(i, head.end(), head.offsetInFirst()));
          String adjText = a.originalText(a.originalSpan(k, more.end(), more.offsetInFirst()));
          out.add(new Candidate(second.first(), second.end(), second.offsetInFirst(), second.type(), second.key(),
              second.kind(), headText + " " + adjText, second.nameEn(), second.lexiconId(), second.geo(),
              second.memberOf()));
          k = more.end();
        }
        return k;
      }
      if (a.folded(j).equals("في") && j + 1 < a.size()) {
        PhraseTrie.Match<EntityRef> place = a.look().entity(j + 1);
        if (place != null && place.offsetInFirst() == 0) {
          for (EntityRef r : place.values()) {
            Optional<PlaceEntry> p = index.lexicon().place(r.lexiconId().substring("place/".length()));
            if (r.type() == EntityType.LOCATION && p.isPresent() && p.get().isCountry()) {
              out.add(state(a, i, place.end(), head.offsetInFirst(), p.get(), category));
              return j + 1; // the country itself is still a place mention
            }
          }
        }
      }
    }
    if (isSpecific(category)) {
      Span span = a.originalSpan(i, head.end(), head.offsetInFirst());
      String text = a.originalText(span);
      out.add(new Candidate(i, head.end(), head.offsetInFirst(), EntityType.STATE_ACTOR, "state/?/" + category,
          Candidate.Kind.STATE, text, categoryEn(category), Optional.empty(), Optional.empty(), Optional.empty()));
      return head.end();
    }
    return i;
  }

  private static boolean isSpecific(String category) {
    return !category.equals("GOVERNMENT") && !category.equals("JUSTICE");
  }

  /**
   * "French forces", "Chadian and Nigerien troops": English puts the nationality before the head; each
   * nationality of a coordinated pair is its own state actor.
   */
  private int nationalityBeforeHead(Analysis a, int i, String lang, List<Candidate> out) {
    if (a.token(i).type() != TokenType.LATIN) {
      return i;
    }
    PhraseTrie.Match<PlaceEntry> first = a.look().adjective(i);
    if (first == null) {
      return i;
    }
    PhraseTrie.Match<PlaceEntry> second = null;
    int h = first.end();
    if (h + 1 < a.size() && (a.folded(h).equals("and") || a.folded(h).equals("et"))) {
      second = a.look().adjective(h + 1);
      h = second == null ? h : second.end();
    }
    PhraseTrie.Match<Cue> head = h < a.size() ? a.look().cue(h) : null;
    if (head == null || !hasKind(head.values(), "STATE_HEAD", lang)) {
      return i;
    }
    String category = valueOf(head.values(), "STATE_HEAD", lang);
    if (second == null) {
      out.add(state(a, i, head.end(), 0, first.values().get(0), category));
    } else {
      out.add(state(a, i, first.end(), 0, first.values().get(0), category));
      out.add(state(a, second.first(), head.end(), 0, second.values().get(0), category));
    }
    return head.end();
  }

  private Candidate state(Analysis a, int first, int end, int offset, PlaceEntry country, String category) {
    Span span = a.originalSpan(first, end, offset);
    String cc = country.country().isEmpty() ? country.id() : country.country().get(0);
    return new Candidate(first, end, offset, EntityType.STATE_ACTOR, "state/" + cc + "/" + category,
        Candidate.Kind.STATE, a.originalText(span), categoryEn(category) + " (" + country.nameEn() + ")",
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  static String categoryEn(String category) {
    switch (category) {
      case "SECURITY": return "Security services";
      case "POLICE": return "Police";
      case "GENDARMERIE": return "Gendarmerie";
      case "INTELLIGENCE": return "Intelligence services";
      case "GOVERNMENT": return "Government";
      case "JUSTICE": return "Judiciary";
      default: return "Armed forces";
    }
  }

  /**
   * A group the lexicon does not know, named after its head word: "تنظيم “X”" (quoted) or
   * "كتيبة عقبة بن نافع" (a battalion named after a person).
   */
  private int namedGroup(Analysis a, int i, String lang, List<Candidate> out) {
    PhraseTrie.Match<Cue> head = a.look().cue(i);
    if (head == null || !hasKind(head.values(), "GROUP_HEAD", lang)) {
      return i;
    }
    int j = head.end();
    if (j < a.size() && a.folded(j).equals(QUOTE)) {
      int close = j + 1;
      while (close < a.size() && close <= j + 7 && !a.folded(close).equals(QUOTE)) {
        close++;
      }
      if (close < a.size() && close > j + 1 && a.folded(close).equals(QUOTE)) {
        PhraseTrie.Match<EntityRef> known = a.look().entity(j + 1);
        if (known == null || known.end() < close) {
          out.add(groupName(a, j + 1, close, 0));
          return close + 1;
        }
      }
      return i;
    }
    if (a.token(i).type() == TokenType.ARABIC && j + 2 < a.size()
        && a.look().entity(i) == null) {
      NameFinder.NameSpan n = names.at(a, j);
      if (n != null && n.first() == j && n.end() - j >= 3) {
        out.add(groupName(a, i, n.end(), head.offsetInFirst()));
        return n.end();
      }
    }
    return i;
  }

  /**
   * "الأراضي الليبية", "التراب المالي", "le territoire malien": a territory noun with a nationality adjective is the
   * country itself; "الحدود الجزائرية" is that country's border, a place of its own (Arabic only for now, see
   * docs/EXTRACTION.md).
   */
  private int territory(Analysis a, int i, String lang, List<Candidate> out) {
    PhraseTrie.Match<Cue> head = a.look().cue(i);
    if (head == null || !hasKind(head.values(), "TERRITORY", lang) || head.end() >= a.size()) {
      return i;
    }
    PhraseTrie.Match<PlaceEntry> adj = a.look().adjective(head.end());
    if (adj == null || adj.offsetInFirst() > 0) {
      return i;
    }
    PlaceEntry country = adj.values().get(0);
    Span span = a.originalSpan(i, adj.end(), head.offsetInFirst());
    String text = a.originalText(span);
    if (valueOf(head.values(), "TERRITORY", lang).equals("COUNTRY")) {
      String id = "place/" + country.id();
      out.add(new Candidate(i, adj.end(), head.offsetInFirst(), EntityType.LOCATION, id, Candidate.Kind.LEXICON,
          country.nameAr(), country.nameEn(), Optional.of(id), Optional.of(country.geo()), Optional.empty()));
    } else {
      out.add(new Candidate(i, adj.end(), head.offsetInFirst(), EntityType.LOCATION,
          PLACE_NAME_KEY + "BORDER_AREA:border/" + country.id(), Candidate.Kind.PLACE_NAME, text,
          "border of " + country.nameEn(), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    return adj.end();
  }

  /** The key prefix of a place named after a head noun; the head's kind of place follows it. */
  public static final String PLACE_NAME_KEY = "placename:";
  private static final String FACILITY = "FACILITY";

  /**
   * "قرية كولوغون", "بلدة تالهنداك", "le village de Koulogon": a place head followed by a name the gazetteer
   * lacks is a place of the head's kind. Villages and forests in the news are mostly such names; the gazetteer
   * cannot list them all.
   */
  private int placeName(Analysis a, int i, String lang, List<Candidate> out) {
    PhraseTrie.Match<Cue> head = a.look().cue(i);
    if (head == null || !hasKind(head.values(), "PLACE_HEAD", lang)) {
      return i;
    }
    String kind = head.values().stream().filter(c -> c.kind().equals("PLACE_HEAD")).findFirst().get().value();
    int j = head.end();
    if (j >= a.size()) {
      return i;
    }
    for (int k = i; k <= j; k++) {
      if (a.look().entity(k) != null) {
        return i; // a listed place, head and all ("جبال إيفوغاس") or after it: the lexicon names it
      }
    }
    PhraseTrie.Match<PlaceEntry> national = a.look().adjective(j);
    if (kind.equals(FACILITY) && national != null && national.offsetInFirst() == 0) {
      // "السفارة الفرنسية", "القنصلية الجزائرية", "l'ambassade française": the head belongs to the name
      out.add(unlisted(a, i, national.end(), head.offsetInFirst(), EntityType.LOCATION,
          PLACE_NAME_KEY + kind + ":", Candidate.Kind.PLACE_NAME));
      return national.end();
    }
    int end = a.token(j).type() == TokenType.LATIN ? latinPlaceEnd(a, j) : arabicPlaceEnd(a, j);
    if (end <= j) {
      return i;
    }
    out.add(unlisted(a, j, end, 0, EntityType.LOCATION, PLACE_NAME_KEY + kind + ":", Candidate.Kind.PLACE_NAME));
    return end;
  }

  private static int latinPlaceEnd(Analysis a, int j) {
    int end = j;
    while (end < a.size() && end - j < 3 && a.token(end).type() == TokenType.LATIN && capitalised(a, end)
        && a.look().cue(end) == null) {
      end++;
      if (end + 1 < a.size() && a.folded(end).equals("-") && a.token(end + 1).type() == TokenType.LATIN) {
        end++; // "Tongo-Tongo"
      }
    }
    return end > j && a.folded(end - 1).equals("-") ? end - 1 : end;
  }

  private static int arabicPlaceEnd(Analysis a, int j) {
    if (!mayNameAPlace(a, j)) {
      return j;
    }
    String w = a.folded(j);
    boolean joined = j + 1 < a.size() && a.token(j).end() < a.token(j + 1).start()
        && a.token(j + 1).type() == TokenType.ARABIC && mayNameAPlace(a, j + 1);
    // "آيت وابان", "عين أميناس", "تونغو تونغو": a name prefix or a doubled word takes the next word along
    return joined && (PLACE_PREFIXES.contains(w) || a.folded(j + 1).equals(w)) ? j + 2 : j + 1;
  }

  /**
   * Whether an Arabic word after a place head can be a name: not a particle, cue, title or given name, not a
   * definite or adjectival form ("منطقة نائية", "المنطقة الحدودية"), and not one of the verbs that follow such
   * heads in relative clauses ("منطقة تقع").
   */
  private static boolean mayNameAPlace(Analysis a, int j) {
    if (a.token(j).type() != TokenType.ARABIC || FunctionWords.at(a, j) || a.look().cue(j) != null
        || a.look().title(j) != null || a.look().givenName(j) != null) {
      return false;
    }
    String w = a.folded(j);
    return w.length() >= 3 && !w.startsWith("\u0627\u0644") && !w.endsWith("\u064a\u0647")
        && !NOT_PLACE_NAMES.contains(w) && !isNumberWord(w);
  }

  private static final java.util.Set<String> PLACE_PREFIXES = java.util.Set.of("ايت", "بني", "اولاد", "عين", "بئر",
      "بير", "تل", "راس", "سيدي", "حاسي", "ذراع", "برج", "ام", "دار", "تين", "تن");

  private static final java.util.Set<String> NOT_PLACE_NAMES = java.util.Set.of("اخري", "اخر", "كبيره", "صغيره",
      "مجاوره", "قريبه", "بعيده", "واحده", "جديده", "عده", "كل", "بعض", "تقع", "يقع", "تبعد", "يبعد", "تشهد",
      "يشهد", "تعرف", "يعرف", "تضم", "يضم", "تخضع", "يخضع", "تسيطر", "يسيطر", "تنشط", "ينشط", "تعد", "يعد",
      "تعتبر", "يعتبر", "شهدت", "شهد", "كانت", "كان", "باتت", "اصبحت", "ظلت", "نائيه", "للاجئين", "لاجئين",
      "ذاتها", "نفسها", "ذاته", "نفسه", "اخرى", "عسكريه", "امنيه");

  private Candidate groupName(Analysis a, int first, int end, int offset) {
    return unlisted(a, first, end, offset, EntityType.ARMED_GROUP, "groupname:", Candidate.Kind.GROUP_NAME);
  }

  /**
   * A name no lexicon lists: its original text, a romanised English name, and a key of its folded text, so that
   * the same name met again in the report is the same entity.
   */
  private Candidate unlisted(Analysis a, int first, int end, int offset, EntityType type, String keyPrefix,
                             Candidate.Kind kind) {
    String text = a.originalText(a.originalSpan(first, end, offset));
    String folded = a.aligned().normalized().substring(a.token(first).start() + offset, a.token(end - 1).end());
    String en = a.token(first).type() == TokenType.LATIN ? text : capitalize(Transliterator.romanize(text));
    return new Candidate(first, end, offset, type, keyPrefix + folded, kind, text, en, Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * An actor the report describes without naming: a person noun (مبعوث، إرهابي) with an optional
   * "أحد" before it, an optional nationality, and an optional "من" + group. The group is still matched
   * on its own afterwards, so the caller only advances one token.
   */
  private boolean unnamedActor(Analysis a, int i, String lang, List<Candidate> out) {
    if (appositionOfName(a, i, out)) {
      return false; // "يحيى أبو الهمام، أمير إمارة الصحراء": it describes the person just named
    }
    int start = i;
    int j = i;
    String w = a.folded(j);
    boolean numbered = false;
    if ((a.token(j).type() == TokenType.NUMBER || a.look().is(j, NUMBER_WORD) || w.equals("نحو"))
        && j + 1 < a.size()) {
      // "29 من المهاجمين", "نحو ثلاثين مسلحا", "خمسة عشر مشتبها بهم", "عدد من المقربين"
      j++;
      while (j + 1 < a.size() && (a.look().is(j, NUMBER_WORD) || a.token(j).type() == TokenType.NUMBER
          || a.folded(j).equals("عشر") || a.folded(j).equals("من"))) {
        j++;
      }
      numbered = true;
    }
    if ((a.folded(j).equals("احد") || a.folded(j).equals("احدي")) && j + 1 < a.size()) {
      j++;
      if (j + 1 < a.size() && (a.folded(j).equals("ابرز") || a.folded(j).equals("كبار"))) {
        j++;
      }
    }
    boolean oneOf = j > i;
    if (numbered && OTHERS.contains(a.folded(j))) {
      // "وأوقفت سبعة آخرين": counted people, others than those just counted
      Span span = a.originalSpan(start, j + 1, 0);
      String text = a.originalText(span);
      out.add(new Candidate(start, j + 1, 0, EntityType.PERSON, "unnamed:" + start, Candidate.Kind.UNNAMED, text,
          "unnamed: " + Transliterator.romanize(text), Optional.empty(), Optional.empty(), Optional.empty()));
      return true;
    }
    PhraseTrie.Match<Title> noun = a.look().title(j);
    if (noun == null || !hasTitleKind(noun.values(), "PERSON_NOUN", lang)) {
      return false;
    }
    if (names.at(a, noun.end()) != null || (noun.end() < a.size()
        && a.look().entity(noun.end()) != null
        && isPersonRef(a.look().entity(noun.end())))) {
      return false; // a title before a name, not an unnamed actor
    }
    int end = noun.end();
    boolean described = false;
    if (end < a.size()) {
      PhraseTrie.Match<PlaceEntry> adj = a.look().adjective(end);
      if (adj != null && adj.offsetInFirst() == 0) {
        end = adj.end();
        described = true;
      }
    }
    boolean close = end + 1 < a.size() && isCloseTo(a.folded(end)) && a.folded(end + 1).equals("من");
    Optional<String> memberOf = Optional.empty();
    boolean construct = end < a.size() && !described;
    if (end + 1 < a.size() && (construct || a.folded(end).equals("من") || a.folded(end).equals("عن"))) {
      int g = a.folded(end).equals("من") || a.folded(end).equals("عن") ? end + 1 : end;
      if (g < a.size() && a.look().cue(g) != null
          && hasKind(a.look().cue(g).values(), "GROUP_HEAD", lang)) {
        g = a.look().cue(g).end();
      }
      if (g < a.size() && a.folded(g).equals(QUOTE)) {
        g++;
      }
      PhraseTrie.Match<EntityRef> grp = g < a.size() ? a.look().entity(g) : null;
      if (grp != null && grp.values().get(0).type().isGroupLike()) {
        memberOf = Optional.of(grp.values().get(0).lexiconId());
        end = grp.end() < a.size() && a.folded(grp.end()).equals(QUOTE) ? grp.end() + 1 : grp.end();
      }
    }
    boolean introducedByMin = memberOf.isPresent() && (a.folded(noun.end()).equals("من")
        || a.folded(noun.end()).equals("عن"));
    boolean counted = i > 0 && (a.token(i - 1).type() == TokenType.NUMBER || a.look().is(i - 1, NUMBER_WORD));
    boolean definitePlural = a.folded(noun.first()).substring(noun.offsetInFirst()).startsWith("\u0627\u0644");
    boolean afterTrigger = false; // "تم توقيف عنصرين", "مقتل جنود", "أوقفت الشرطة عنصرين"
    for (int back = 1; back <= 2 && start - back >= 0 && !afterTrigger; back++) {
      PhraseTrie.Match<Cue> cue = a.look().cue(start - back);
      afterTrigger = cue != null && (hasKind(cue.values(), "EVENT", lang) || hasKind(cue.values(), "SPLIT_EVENT", lang));
    }
    if (!(oneOf || described || close || counted || definitePlural || afterTrigger || isSingular(a, noun)
        || introducedByMin || subjectOfEvent(a, end, lang))) {
      return false; // a bare plural such as "القيادات" is not an actor an analyst tracks
    }
    int offset = start == j ? noun.offsetInFirst() : 0;
    Span span = a.originalSpan(start, end, offset);
    String text = a.originalText(span);
    out.add(new Candidate(start, end, offset, EntityType.PERSON, "unnamed:" + start, Candidate.Kind.UNNAMED,
        text, "unnamed: " + Transliterator.romanize(text), Optional.empty(), Optional.empty(), memberOf));
    return true;
  }

  private static final java.util.Set<String> BEFORE_VERB = java.util.Set.of("قد", "لقد");

  /** "مسلحون هاجموا القرية", "مسلحون قد اقتحموا": a bare plural right before an event verb is who acted. */
  private static boolean subjectOfEvent(Analysis a, int end, String lang) {
    int k = end;
    while (k < a.size() && BEFORE_VERB.contains(a.folded(k))) {
      k++;
    }
    PhraseTrie.Match<Cue> cue = k < a.size() ? a.look().cue(k) : null;
    return cue != null && hasKind(cue.values(), "EVENT", lang);
  }

  /** Whether token i follows a comma that follows a named person: what comes next describes that person. */
  private static boolean appositionOfName(Analysis a, int i, List<Candidate> out) {
    if (i < 2 || out.isEmpty()) {
      return false;
    }
    String sep = a.token(i - 1).text();
    if (!sep.equals("،") && !sep.equals(",")) {
      return false;
    }
    Candidate prev = out.get(out.size() - 1);
    return prev.end() == i - 1 && prev.type() == EntityType.PERSON && prev.kind() != Candidate.Kind.UNNAMED;
  }

  /** Plural person nouns ("قيادات", "مسلحين") only make an actor with "أحد", a nationality or a "من" group. */
  private static boolean isSingular(Analysis a, PhraseTrie.Match<Title> noun) {
    String w = a.folded(noun.end() - 1);
    if (noun.end() - noun.first() == 1) {
      w = w.substring(noun.offsetInFirst());
    }
    if (w.startsWith("\u0627\u0644")) {
      w = w.substring(2);
    }
    return !(w.endsWith("\u064A\u0646") || w.endsWith("\u0648\u0646") || w.endsWith("\u0627\u062A")
        || w.endsWith("\u064A\u064A") || BROKEN_PLURALS.contains(w));
  }

  private static final java.util.Set<String> BROKEN_PLURALS = java.util.Set.of("عناصر", "امراء", "قاده", "جنود",
      "رهاين", "قيادات", "اسري", "مقاتلي", "مسلحي");

  private static final java.util.Set<String> LATIN_NUMBERS = java.util.Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "dozens", "several", "hundreds", "deux", "trois", "quatre", "cinq", "sept",
      "huit", "neuf", "dix", "plusieurs", "dizaines", "centaines");

  private static boolean isNumberWord(String w) {
    return w.equals("ثلاثين") || w.equals("عشرين") || w.equals("اربعين") || w.equals("خمسين") || w.equals("ثلاثه") || w.equals("اربعه") || w.equals("خمسه") || w.equals("سته") || w.equals("سبعه")
        || w.equals("ثمانيه") || w.equals("تسعه") || w.equals("عشره") || w.equals("عشرات") || w.equals("مئات")
        || w.equals("عدد") || w.equals("عده") || w.equals("عددا") || w.equals("اثنين") || w.equals("الاثنين")
        || w.equals("ثلاث") || w.equals("اربع") || w.equals("خمس") || w.equals("عشرات") || w.equals("مئات")
        || LATIN_NUMBERS.contains(w);
  }

  private static boolean isCloseTo(String w) {
    return w.equals("مقربا") || w.equals("مقرب") || w.equals("المقرب") || w.equals("مقربه");
  }

  private static boolean isPersonRef(PhraseTrie.Match<EntityRef> m) {
    return m.values().stream().anyMatch(r -> r.type() == EntityType.PERSON);
  }

  private static boolean hasTitleKind(List<Title> titles, String kind, String lang) {
    for (Title t : titles) {
      if (t.kind().equals(kind) && t.lang().equals(lang)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ANAPHORS = java.util.Set.of("الجماعه", "التنظيم", "الحركه",
      "الكتيبه", "المجموعه", "الجبهه", "الميليشيا",
      // "مبايعة جماعته لأبي بكر": "his group" is the group of the man just named, the last group named
      "جماعته", "جماعتهم", "تنظيمه", "تنظيمهم", "حركته", "كتيبته", "مجموعته");
  private static final java.util.Set<String> LATIN_HEADS = java.util.Set.of("group", "groupe", "movement",
      "mouvement", "organisation", "organization", "katiba", "brigade");
  /** "the group", "ce groupe", "cette organisation": a definite or demonstrative head points back. */
  private static final java.util.Set<String> LATIN_DETERMINERS = java.util.Set.of("the", "this", "le", "l", "la",
      "ce", "cette");
  private static final int ANAPHOR_REACH = 120;

  /** Patterns that start on a word no lexicon lists: "دحو ولد قابلية", "الجماعة", "أحد", "نحو ثلاثين". */
  private static boolean mayOpenUnlisted(Analysis a, int i) {
    return a.look().is(i + 1, LINEAGE) || a.look().is(i, OPENS_UNLISTED);
  }

  private static final WordTest NUMBER_WORD = WordTest.exact("number word", EntityFinder::isNumberWord);
  private static final WordTest LINEAGE = WordTest.in("lineage connector", java.util.Set.of("ولد", "بن", "اق", "اغ",
      "ابن"));
  /** "سبعة آخرين", "seven others"; French "autres" comes before its noun ("cinq autres otages"). */
  private static final java.util.Set<String> OTHERS = java.util.Set.of("اخرين", "اخرون", "اخريات", "others");

  /** Asked of every Arabic word that reaches the anaphor test; remembered per word. */
  private static final WordTest ENDS_LIKE_ANAPHOR = WordTest.exact("ends like a group anaphor",
      EntityFinder::endsLikeAnaphor);
  private static final WordTest OPENS_UNLISTED = WordTest.exact("opens an unlisted pattern",
      w -> endsLikeAnaphor(w) || isNumberWord(w) || w.equals("احد") || w.equals("احدي") || w.equals("نحو"));

  private static boolean endsLikeAnaphor(String w) {
    for (String an : ANAPHORS) {
      if (w.endsWith(an) && w.length() <= an.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * "الجماعة", "التنظيم", "the group": a definite group noun with no name after it refers back to the group
   * last named, within {@link #ANAPHOR_REACH} tokens.
   */
  private int groupAnaphor(Analysis a, int i, List<Candidate> out) {
    String w = a.folded(i);
    int offset = 0;
    int end = i + 1;
    if (a.token(i).type() == TokenType.ARABIC) {
      if (!a.look().is(i, ENDS_LIKE_ANAPHOR)) {
        return i;
      }
      for (org.marsad.text.CliticSplit s : org.marsad.text.CliticSplitter.candidates(w)) {
        if (ANAPHORS.contains(s.stem())) {
          offset = s.stemOffset();
          w = s.stem();
          break;
        }
      }
      if (!ANAPHORS.contains(w)) {
        return i;
      }
    } else if (LATIN_DETERMINERS.contains(w) && i + 1 < a.size()) {
      int h = a.folded(i + 1).equals("'") ? i + 2 : i + 1;
      if (h + 1 < a.size() && NEW_WORDS.contains(a.folded(h))) {
        h++; // "the new group", "le nouveau groupe"
      }
      if (h >= a.size() || !LATIN_HEADS.contains(a.folded(h))) {
        return i;
      }
      end = h + 1;
    } else {
      return i;
    }
    if (end < a.size() && (a.folded(end).equals("\"") || a.look().entity(end) != null)) {
      return i; // a name follows: "الجماعة “X”" is not an anaphor
    }
    PhraseTrie.Match<EntityRef> named = a.look().entity(i);
    if (named != null && named.end() > end) {
      return i; // the head opens a listed name: "الحركة الوطنية لتحرير أزواد" is MNLA, not "the movement"
    }
    String head = SPECIFIC_HEADS.get(a.token(i).type() == TokenType.ARABIC ? w : a.folded(end - 1));
    boolean isNew = isNewGroup(a, i, end);
    Candidate last = null;
    for (int k = out.size() - 1; k >= 0; k--) {
      Candidate c = out.get(k);
      if (i - c.end() > ANAPHOR_REACH) {
        break; // news paragraphs are short; "الجماعة" often opens one about the group named just before
      }
      if (c.type() == EntityType.ARMED_GROUP && c.kind() != Candidate.Kind.ANAPHOR) {
        if (last == null) {
          last = c;
        }
        if (isNew ? namedAsNew(a, c) : head == null || namedWithHead(c, head) || writtenAfterHead(a, c, head)) {
          last = c;
          break;
        }
      }
    }
    Candidate known = head == null && !isNew ? groupOfTitledPerson(a, i, out) : null;
    if (known != null) {
      last = known;
    }
    if (last != null) {
      out.add(new Candidate(i, end, offset, last.type(), last.key(), Candidate.Kind.ANAPHOR, last.nameAr(),
          last.nameEn(), last.lexiconId(), last.geo(), Optional.empty()));
      return end;
    }
    return i;
  }

  /** Place kinds that "المدينة", "البلدة", "القرية", "the town", "la ville" may point back to. */
  private static final java.util.Set<String> SETTLEMENTS = java.util.Set.of("CITY", "TOWN", "VILLAGE");

  /**
   * "المدينة", "البلدة", "المتحف", "the town", "le musée": a definite place noun with no name after it is the place
   * of its kind named last, within {@link #ANAPHOR_REACH} tokens. Reports name where an attack happened once and
   * then say "the town". The cue's value is SETTLEMENT, or a facility's head ("FACILITY:متحف") that the place was
   * named with.
   */
  private int placeAnaphor(Analysis a, int i, String lang, List<Candidate> out) {
    PhraseTrie.Match<Cue> m = a.look().cue(i);
    if (m == null || !hasKind(m.values(), PLACE_ANAPHOR, lang)) {
      return i;
    }
    String want = m.values().stream().filter(c -> c.kind().equals(PLACE_ANAPHOR)).findFirst().get().value();
    int end = m.end();
    PhraseTrie.Match<EntityRef> named = a.look().entity(i);
    if (named != null && named.end() > end || end < a.size() && namesFollow(a, end)) {
      return i; // "المدينة المنورة", "العاصمة تونس", "la ville de Gao": a name, not a pointer back
    }
    for (int k = out.size() - 1; k >= 0 && i - out.get(k).end() <= ANAPHOR_REACH; k--) {
      Candidate c = out.get(k);
      if (c.type() != EntityType.LOCATION || c.kind() == Candidate.Kind.ANAPHOR) {
        continue;
      }
      Optional<PlaceEntry> place = want.equals(COUNTRY) ? countryOf(c) : Optional.empty();
      if (place.isPresent()) {
        PlaceEntry p = place.get();
        out.add(new Candidate(i, end, m.offsetInFirst(), EntityType.LOCATION, "place/" + p.id(),
            Candidate.Kind.ANAPHOR, p.nameAr(), p.nameEn(), Optional.of("place/" + p.id()),
            Optional.ofNullable(p.geo()), Optional.empty()));
        return end;
      }
      if (isPlaceOf(a, c, want)) {
        out.add(new Candidate(i, end, m.offsetInFirst(), c.type(), c.key(), Candidate.Kind.ANAPHOR, c.nameAr(),
            c.nameEn(), c.lexiconId(), c.geo(), Optional.empty()));
        return end;
      }
    }
    return i;
  }

  /** "البلاد", "le pays": the country the places of the report lie in, as the last of them with one says. */
  private static final String COUNTRY = "COUNTRY";

  private Optional<PlaceEntry> countryOf(Candidate c) {
    Optional<PlaceEntry> place = c.lexiconId().filter(id -> id.startsWith("place/"))
        .flatMap(id -> index.lexicon().place(id.substring("place/".length())));
    if (place.isEmpty() || place.get().isCountry()) {
      return place;
    }
    List<String> countries = place.get().country();
    return countries.size() == 1
        ? index.lexicon().place("country-" + countries.get(0).toLowerCase(java.util.Locale.ROOT))
        : Optional.empty();
  }

  private static final String PLACE_ANAPHOR = "PLACE_ANAPHOR";

  private static final java.util.Set<String> LATIN_OF = java.util.Set.of("of", "de", "d", "du", "'");

  private static boolean namesFollow(Analysis a, int j) {
    while (j + 1 < a.size() && LATIN_OF.contains(a.folded(j))) {
      j++; // "la ville de Gao", "the town of Diffa"
    }
    return a.look().entity(j) != null || a.folded(j).equals("\"")
        || a.token(j).type() == TokenType.LATIN && capitalised(a, j);
  }

  private boolean isPlaceOf(Analysis a, Candidate c, String want) {
    Optional<String> kind = c.placeKind(index);
    if (want.equals(COUNTRY)) {
      return false;
    }
    if (want.equals("SETTLEMENT")) {
      return kind.filter(SETTLEMENTS::contains).isPresent();
    }
    String head = want.substring(want.indexOf(':') + 1);
    // an unlisted facility's name starts after its head ("فندق سبلنديد" names "سبلنديد"); a listed one includes it
    return kind.filter(FACILITY::equals).isPresent() && c.first() > 0
        && withoutArticle(a.folded(c.first() - 1)).endsWith(head)
        || withoutArticle(a.folded(c.first())).endsWith(head);
  }

  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  /**
   * "إياد أغ غالي زعيم الجماعة": a generic anaphor after a listed person and his title is the group the lexicon
   * ties him to, if the report named it within reach; otherwise null. Who leads which group is public record, and
   * the group named last may be one a side remark brought in.
   */
  private Candidate groupOfTitledPerson(Analysis a, int anaphor, List<Candidate> out) {
    int titleStart = -1;
    for (int k = anaphor - 1; k >= Math.max(0, anaphor - 3) && titleStart < 0; k--) {
      PhraseTrie.Match<Title> t = a.look().title(k);
      if (t != null && t.end() == anaphor) {
        titleStart = k;
      }
    }
    if (titleStart < 0 || out.isEmpty()) {
      return null;
    }
    Candidate person = out.get(out.size() - 1);
    if (person.type() != EntityType.PERSON || person.end() != titleStart || person.lexiconId().isEmpty()
        || !person.lexiconId().get().startsWith("person/")) {
      return null;
    }
    java.util.Set<String> groups = new java.util.HashSet<>();
    index.lexicon().person(person.lexiconId().get().substring("person/".length()))
        .ifPresent(p -> p.affiliations().forEach(f -> groups.add("group/" + f.groupId())));
    for (int k = out.size() - 1; k >= 0 && anaphor - out.get(k).end() <= ANAPHOR_REACH; k--) {
      Candidate c = out.get(k);
      if (c.type() == EntityType.ARMED_GROUP && c.kind() != Candidate.Kind.ANAPHOR
          && c.lexiconId().filter(groups::contains).isPresent()) {
        return c;
      }
    }
    return null;
  }

  /**
   * Heads that say what kind of group is meant: "الحركة" is the last movement named ("حركة التوحيد والجهاد"),
   * not a "تنظيم" named after it; "الكتيبة" the last battalion. Generic heads (الجماعة، التنظيم، the group)
   * take the last group of any kind. Values are the head as it starts a group's name (folded, without ال).
   */
  private static final java.util.Map<String, String> SPECIFIC_HEADS = java.util.Map.ofEntries(
      java.util.Map.entry("الحركه", "حركه"), java.util.Map.entry("حركته", "حركه"),
      java.util.Map.entry("الكتيبه", "كتيبه"), java.util.Map.entry("كتيبته", "كتيبه"),
      java.util.Map.entry("الجبهه", "جبهه"), java.util.Map.entry("movement", "movement"),
      java.util.Map.entry("mouvement", "mouvement"), java.util.Map.entry("katiba", "katiba"),
      java.util.Map.entry("brigade", "brigade"));

  private static final java.util.Set<String> NEW_WORDS = java.util.Set.of("الجديد", "الجديده", "new", "nouveau",
      "nouvelle");
  /** Words after which a group's name is given as what it is called: "يحمل اسم X", "called X", "baptisé X". */
  private static final java.util.Set<String> NAMING_WORDS = java.util.Set.of("اسم", "باسم", "تسميه", "مسمي",
      "called", "named", "appele", "appelee", "baptise", "baptisee", "nom");

  /** "التنظيم الجديد", "الحركة الجديدة", "the new group", "le nouveau groupe", "la nouvelle organisation". */
  private static boolean isNewGroup(Analysis a, int i, int end) {
    if (a.token(i).type() == TokenType.ARABIC) {
      return end < a.size() && NEW_WORDS.contains(a.folded(end));
    }
    return end - 2 > i && NEW_WORDS.contains(a.folded(end - 2));
  }

  /**
   * The group a report names as a new one: the one given after a naming word ("اندماجها في كيان واحد يحمل اسم
   * «جماعة نصرة الإسلام والمسلمين»", "merged to form a new movement called al-Mourabitoun").
   */
  private static boolean namedAsNew(Analysis a, Candidate c) {
    for (int k = c.first() - 1; k >= 0 && k >= c.first() - 3; k--) {
      String f = a.folded(k);
      if (NAMING_WORDS.contains(f)) {
        return true;
      }
      if (a.token(k).type() != TokenType.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /** Whether the head word stands right before the group's mention: 'كتيبة "المرابطون"', "وكتيبة الملثمين". */
  private static boolean writtenAfterHead(Analysis a, Candidate c, String head) {
    int k = c.first() - 1;
    if (k >= 0 && a.folded(k).equals(QUOTE)) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String w = a.folded(k);
    return w.equals(head) || w.length() > head.length() && w.endsWith(head)
        && w.length() - head.length() <= 2 && "وبلف".indexOf(w.charAt(0)) >= 0;
  }

  /** Whether a group's name (canonical or as written) has the head word: "Mouvement national", "حركة أنصار". */
  private static boolean namedWithHead(Candidate c, String head) {
    for (String name : new String[] {c.nameAr(), c.nameEn()}) {
      if (name == null) {
        continue;
      }
      for (String word : name.split("[\\s'’]+")) {
        String f = org.marsad.text.TextNormalizer.get().fold(word).toLowerCase(java.util.Locale.ROOT);
        if (f.startsWith("ال")) {
          f = f.substring(2);
        }
        if (f.equals(head)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Latin script: a known given name followed by capitalised words or name connectors. */
  private int latinName(Analysis a, int i) {
    PhraseTrie.Match<String> g = a.look().givenName(i);
    // "Abu Musab", "Abou Hafs": a kunya names a person whatever name follows it
    boolean kunya = LATIN_KUNYA.contains(a.folded(i)) && i + 1 < a.size()
        && a.token(i + 1).type() == TokenType.LATIN && capitalised(a, i + 1);
    if ((g == null && !kunya) || !capitalised(a, i)) {
      return i;
    }
    int j = g != null ? g.end() : i + 1;
    int parts = 1;
    while (j < a.size() && j - i < 6) {
      Token t = a.token(j);
      if (t.type() == TokenType.PUNCT && t.text().equals("-") && j + 1 < a.size()) {
        j++;
        continue;
      }
      if (t.type() != TokenType.LATIN) {
        break;
      }
      String w = t.text();
      boolean connector = w.equals("ould") || w.equals("ag") || w.equals("ben") || w.equals("ibn")
          || w.equals("abou") || w.equals("abu") || w.equals("al") || w.equals("el") || w.equals("ben");
      if (!connector && !capitalised(a, j)) {
        break;
      }
      j++;
      parts++;
    }
    while (j > i && a.token(j - 1).type() != TokenType.LATIN) {
      j--;
    }
    return parts >= 2 ? j : i;
  }

  private static final java.util.Set<String> LATIN_KUNYA = java.util.Set.of("abu", "abou", "abo");

  private static boolean capitalised(Analysis a, int i) {
    Span s = a.aligned().toOriginal(a.token(i).span());
    String o = a.aligned().original();
    return s.length() > 0 && Character.isUpperCase(o.codePointAt(s.start()));
  }
}
