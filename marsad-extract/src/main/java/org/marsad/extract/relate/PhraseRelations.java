package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.extract.EntityType;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Candidate;

/**
 * Relations stated inside noun phrases, with no trigger word: "مبعوث من تنظيم X" (member), "إرهابيا مقربا من X"
 * (associate), "كتائب الصحراء في تنظيم القاعدة" (part of), "بوكو حرام في نيجيريا" (operates in), "la katiba Macina
 * du prédicateur Amadou Koufa" (leader). Most are presupposed background: ASSERTED whatever governs the clause.
 */
final class PhraseRelations {
  private static final Set<String> PART_LINKS = RelationFinder.folded("في", "التابعه ل", "التابع ل", "فرع", "جناح", "branch of",
      "wing of", "part of", "affiliate", "branche", "affilie a", "المرتبطه ب", "المرتبط ب", "المنضويه في",
      "المنضوي في", "المنضويه تحت لواء", "المنضوي تحت لواء", "الموالية ل", "الموالي ل", "ضمن", "فرع ل",
      "liee a", "lie a", "un groupe lie a", "affiliee a", "an affiliate of", "linked to", "an offshoot of",
      "offshoot of", "فرعا ل", "فرعه", "جناحه");

  private static final int MAX_LINK_TOKENS = 6;
  private final Context ctx;
  private final Arguments args;
  private final ModalityFinder modality;

  PhraseRelations(Context ctx, Arguments args, ModalityFinder modality) {
    this.ctx = ctx;
    this.args = args;
    this.modality = modality;
  }

  List<RelationMention> find() {
    List<RelationMention> out = new ArrayList<>();
    out.addAll(unnamedMembers());
    out.addAll(closeAssociates());
    out.addAll(adjacentGroupPatterns());
    out.addAll(latinGroupOfPerson());
    return out;
  }

  /** "مبعوث من تنظيم جند الخلافة": an unnamed actor said to come from a group is a member of it. */
  private List<RelationMention> unnamedMembers() {
    List<RelationMention> out = new ArrayList<>();
    List<Candidate> cs = ctx.candidates();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (c.memberOf().isEmpty()) {
        continue;
      }
      for (int j = 0; j < cs.size(); j++) {
        if (cs.get(j).key().equals(c.memberOf().get()) && c.contains(cs.get(j))) {
          RelationMention m = new RelationMention(RelationType.MEMBER_OF, c.first())
              .add(Role.SUBJECT, ctx.entityId(i)).add(Role.OBJECT, ctx.entityId(j));
          m.stance = modality.stance(RelationType.MEMBER_OF, c.first(), c.first() + 1);
          m.evidence = ctx.mention(c.first(), c.end(), c.offsetInFirst());
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  /** "إرهابيا مقربا من عثمان العاصمي": an actor close to a named person is associated with them. */
  private List<RelationMention> closeAssociates() {
    List<RelationMention> out = new ArrayList<>();
    Analysis a = ctx.analysis();
    for (int i = 0; i < ctx.candidates().size(); i++) {
      Candidate c = ctx.candidates().get(i);
      if (c.type() != EntityType.PERSON || c.end() + 1 >= a.size()) {
        continue;
      }
      String w = a.folded(c.end());
      boolean close = w.equals("مقربا") || w.equals("مقرب") || w.equals("المقرب") || w.equals("مقربه")
          || w.equals("proche") || w.equals("close");
      if (!close) {
        continue;
      }
      Integer other = args.firstAfter(c.end() + 1, 4, Arguments.ACTOR);
      if (other == null || ctx.entityId(other).equals(ctx.entityId(i))) {
        continue;
      }
      RelationMention m = new RelationMention(RelationType.ASSOCIATED_WITH, c.end())
          .add(Role.PARTICIPANTS, ctx.entityId(i)).add(Role.PARTICIPANTS, ctx.entityId(other));
      m.stance = modality.stance(RelationType.ASSOCIATED_WITH, c.end(), c.end() + 2);
      m.evidence = ctx.mention(c.first(), args.candidate(other).end(), c.offsetInFirst());
      out.add(m);
    }
    return out;
  }

  /**
   * "la katiba Macina du prédicateur peul Amadou Koufa", "Ansar Dine, le mouvement d'Iyad Ag Ghaly": in French and
   * English a group "of" a person is that person's group.
   */
  private List<RelationMention> latinGroupOfPerson() {
    List<RelationMention> out = new ArrayList<>();
    List<Candidate> cs = ctx.candidates();
    Analysis a = ctx.analysis();
    for (int i = 0; i < cs.size(); i++) {
      Candidate group = cs.get(i);
      if (group.type() != EntityType.ARMED_GROUP || a.token(group.first()).type() != org.marsad.text.TokenType.LATIN) {
        continue;
      }
      int k = group.end();
      if (k < a.size() && a.folded(k).equals(",")) {
        k++;
        while (k < a.size() && k - group.end() < 4 && (ARTICLES_AND_HEADS.contains(a.folded(k)))) {
          k++;
        }
      }
      if (k >= a.size() || !(a.folded(k).equals("du") || a.folded(k).equals("de") || a.folded(k).equals("d"))) {
        continue;
      }
      for (int j = i + 1; j < cs.size() && cs.get(j).first() <= k + 5; j++) {
        Candidate person = cs.get(j);
        if (person.first() > k && person.type() == EntityType.PERSON && person.kind() != Candidate.Kind.UNNAMED) {
          RelationMention m = new RelationMention(RelationType.LEADER_OF, group.first())
              .add(Role.SUBJECT, ctx.entityId(j)).add(Role.OBJECT, ctx.entityId(i));
          m.stance = new Stance(Modality.ASSERTED, java.util.Optional.empty());
          m.evidence = ctx.mention(group.first(), person.end(), group.offsetInFirst());
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  private static final Set<String> ARTICLES_AND_HEADS = Set.of("le", "la", "l", "'", "mouvement", "groupe",
      "the", "group", "movement", "katiba", "organisation");

  /** Group + link + group gives PART_OF; group + "في" + country gives OPERATES_IN. */
  private List<RelationMention> adjacentGroupPatterns() {
    List<RelationMention> out = new ArrayList<>();
    List<Candidate> cs = ctx.candidates();
    Analysis a = ctx.analysis();
    for (int i = 0; i < cs.size(); i++) {
      Candidate left = cs.get(i);
      if (left.type() != EntityType.ARMED_GROUP) {
        continue;
      }
      for (int j = i + 1; j < cs.size() && j <= i + 3; j++) {
        Candidate right = cs.get(j);
        // the links are a closed list of short phrases, so the gap may hold one ("، un groupe lié à")
        if (right.first() < left.end() || right.first() - left.end() > MAX_LINK_TOKENS
            || ctx.sentence(right.first()) != ctx.sentence(left.first())) {
          continue;
        }
        String link = linkText(a, left.end(), right.first(), right.offsetInFirst() > 0 ? right : null);
        RelationType type = null;
        if (right.type() == EntityType.ARMED_GROUP && PART_LINKS.contains(link)
            && !ctx.entityId(i).equals(ctx.entityId(j))) {
          type = RelationType.PART_OF;
        } else if (right.type() == EntityType.LOCATION && link.equals("في") && ctx.isCountry(right)) {
          type = RelationType.OPERATES_IN;
        }
        if (type != null) {
          RelationMention m = new RelationMention(type, left.first())
              .add(Role.SUBJECT, ctx.entityId(i)).add(Role.OBJECT, ctx.entityId(j));
          // A relation inside a noun phrase ("كتيبة عقبة بن نافع في تونس") is presupposed background:
          // the reporter's own, whatever hedge or source governs the clause around it.
          m.stance = new Stance(Modality.ASSERTED, java.util.Optional.empty());
          m.evidence = ctx.mention(left.first(), right.end(), left.offsetInFirst());
          out.add(m);
          break;
        }
      }
    }
    return out;
  }

  private static String linkText(Analysis a, int from, int to, Candidate withClitic) {
    StringBuilder sb = new StringBuilder();
    int last = to;
    while (last > from && (a.folded(last - 1).equals("l") || a.folded(last - 1).equals("'")
        || a.folded(last - 1).equals("la") || a.folded(last - 1).equals("le"))) {
      last--; // "lié à l'Al-Qaïda": the article belongs to the name
    }
    for (int k = from; k < last; k++) {
      String w = a.folded(k);
      if (w.equals("\"") || (sb.length() == 0 && (w.equals("تنظيم") || w.equals(",")))) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w);
    }
    if (withClitic != null) {
      String prefix = a.folded(withClitic.first()).substring(0, withClitic.offsetInFirst());
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(prefix);
    }
    String s = sb.toString().trim();
    return s.endsWith(" تنظيم") ? s.substring(0, s.length() - " تنظيم".length()) : s;
  }
}
