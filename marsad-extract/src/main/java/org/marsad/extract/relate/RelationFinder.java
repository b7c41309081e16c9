package org.marsad.extract.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.extract.EntityType;
import org.marsad.extract.Mention;
import org.marsad.extract.Modality;
import org.marsad.extract.RelationType;
import org.marsad.extract.Role;
import org.marsad.extract.find.Analysis;
import org.marsad.extract.find.Candidate;
import org.marsad.text.TextNormalizer;

/**
 * Finds relation and event mentions: each EVENT cue is a trigger, and its arguments are picked around it
 * according to the shape of its type (DESIGN.md, "Vocabulary"). ROLE cues give membership and leadership;
 * two group names joined by "في" or "التابعة ل" give PART_OF; a group followed by "في" and a country gives
 * OPERATES_IN.
 */
final class RelationFinder {
  private static final int NEAR = 10;
  private static final Set<String> JOIN_TRIGGERS = folded("التحاق", "الالتحاق", "انضمام", "الانضمام", "انضم",
      "انضمت", "التحقت", "تلتحق", "تنضم", "للالتحاق", "joined", "join", "rejoindre", "rejoint");
  private static final Set<String> PASSIVE_LEADER = folded("بقياده", "بزعامه", "يقودها", "يتزعمها",
      "التي يقودها", "التي يتزعمها", "الذي يتزعمه", "الذي يقوده", "التي يترأسها", "الذي يترأسه", "زعيمه",
      "زعيمها", "أميرها", "أميره", "قائدها", "قائده", "مؤسسها", "مؤسسه", "led by", "headed by", "dirige par",
      "mene par", "conduite par", "conduit par",
      // a founder heads what they founded: "كتيبة X التي أسسها Y", "founded by", "fondé par"
      "أسسها", "أسسه", "founded by", "fonde par", "fondee par", "cree par", "creee par");
  /** Role nouns with a pronoun suffix ("أميرها X"): the suffix stands for a group named before. */
  private static final Set<String> POSSESSIVE_ROLES = folded("زعيمه", "زعيمها", "أميرها", "أميره", "قائدها",
      "قائده", "مؤسسها", "مؤسسه");
  private static final Set<String> ORIGIN = folded("من", "from", "de", "depuis", "d");
  private static final Set<String> DESTINATION = folded("الي", "ل", "نحو", "باتجاه", "صوب", "to", "into",
      "towards", "toward", "vers", "a", "au", "en", "in");
  private static final Set<String> VIA = folded("عبر", "via", "through", "par", "منها");
  /** Prepositions, and the nouns that act as ones ("في محيط المتحف", "قرب", "داخل", "وسط"), that say where. */
  private static final Set<String> LOCATIVE = folded("في", "ب", "in", "at", "near", "a", "au", "en", "dans",
      "pres", "قرب", "بمنطقه", "بين", "near", "محيط", "داخل", "وسط", "اطراف", "ضواحي", "مشارف", "inside",
      "outside", "around");

  private final Context ctx;
  private final Arguments args;
  private final ModalityFinder modality;
  private final EventRoles roles;
  /** Cooperation implied by the trigger just read: named actors who carried the event out together. */
  private final List<RelationMention> joint = new ArrayList<>();
  private String lastMover;
  /** The first event with an agent of each sentence, whose agent a verb coordinated with it shares. */
  private final java.util.Map<Integer, RelationMention> firstActed = new java.util.HashMap<>();
  private int lastMoverToken;

  RelationFinder(Context ctx) {
    this.ctx = ctx;
    this.modality = new ModalityFinder(ctx);
    this.args = new Arguments(ctx);
    this.roles = new EventRoles(ctx, args);
  }

  static Set<String> folded(String... words) {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(TextNormalizer.get().fold(w));
    }
    return Set.copyOf(out);
  }

  List<RelationMention> find() {
    List<RelationMention> out = new ArrayList<>();
    for (Context.CueHit hit : ctx.cues()) {
      if (ctx.insideEntity(hit.first(), hit.end())) {
        continue;
      }
      if (hit.has("EVENT")) {
        RelationType type = RelationType.valueOf(hit.value("EVENT"));
        RelationMention m = trigger(type, hit);
        if (m != null) {
          finish(m, hit.first(), hit.end());
          out.add(m);
        }
        for (RelationMention j : joint) {
          finish(j, hit.first(), hit.end());
          out.add(j);
        }
        joint.clear();
      }
      if (hit.has("ROLE")) {
        RelationMention m = role(hit);
        if (m != null) {
          finish(m, hit.first(), hit.end());
          if (m.stance.modality() == org.marsad.extract.Modality.REPORTED) {
            // "زعيم تنظيم X" names a role the reporter takes as known, even inside a quoted account.
            m.stance = new Stance(org.marsad.extract.Modality.ASSERTED, java.util.Optional.empty());
          }
          out.add(m);
        }
      }
    }
    out.addAll(new PhraseRelations(ctx, args, modality).find());
    Alongside alongside = new Alongside(ctx, args);
    for (RelationMention m : alongside.find()) {
      finish(m, m.trigger, m.trigger + 1);
      out.add(m);
    }
    out.removeIf(m -> m.type == RelationType.COOPERATION && alongside.meetingTokens().contains(m.trigger));
    return out;
  }

  private void finish(RelationMention m, int triggerFirst, int triggerEnd) {
    m.stance = modality.stance(m.type, triggerFirst, triggerEnd);
    if (m.type == RelationType.CLAIMED_RESPONSIBILITY && m.stance.modality() == Modality.REPORTED
        && m.stance.attribution().isPresent() && speaksForItself(m, m.stance.attribution().get())) {
      // "أعلنت جماعة X مسؤوليتها": the claim is the group's own statement; that it claimed is the fact
      m.stance = new Stance(Modality.ASSERTED, Optional.empty());
    }
    int lo = triggerFirst;
    int hi = triggerEnd;
    int from = Math.max(0, triggerFirst - 2 * NEAR);
    int to = Math.min(ctx.analysis().size(), triggerFirst + 2 * NEAR + 1);
    java.util.Set<String> ids = m.argumentIds();
    for (int k = from; k < to; k++) {
      for (int i : ctx.candidatesStartingAt(k)) {
        Candidate c = ctx.candidates().get(i);
        if (ctx.sentence(c.first()) == ctx.sentence(triggerFirst) && ids.contains(ctx.entityId(i))) {
          lo = Math.min(lo, c.first());
          hi = Math.max(hi, c.end());
        }
      }
    }
    m.evidence = ctx.mention(lo, hi, lo == triggerFirst ? 0 : offsetOf(lo));
  }

  /** Whether the source of a mention's attribution is its own subject. */
  private boolean speaksForItself(RelationMention m, Mention source) {
    java.util.Set<String> subjects = m.get(Role.SUBJECT);
    for (int i = 0; i < ctx.candidates().size(); i++) {
      Candidate c = ctx.candidates().get(i);
      if (subjects.contains(ctx.entityId(i))) {
        Mention at = ctx.mention(c.first(), c.end(), c.offsetInFirst());
        if (at.start() >= source.start() && at.start() < source.end()) {
          return true;
        }
      }
    }
    return false;
  }

  private int offsetOf(int token) {
    for (Candidate c : ctx.candidates()) {
      if (c.first() == token) {
        return c.offsetInFirst();
      }
    }
    return 0;
  }

  private RelationMention trigger(RelationType type, Context.CueHit hit) {
    switch (type.shape()) {
      case DIRECTED:
        return directed(type, hit);
      case SYMMETRIC:
        return symmetric(type, hit);
      case AGENT_TARGET:
        return agentTarget(type, hit);
      default:
        return movement(hit);
    }
  }

  /**
   * "تبنى بلمختار الهجوم", "وتبنته جماعة X": the claimant stands right after the verb or before it; what was
   * claimed is a target or place named after it, or else the attack the report tells of (filled in later).
   */
  private RelationMention claim(Context.CueHit hit) {
    // groups claim; a person claims only when no group is at hand ("تبنى بلمختار الهجوم")
    Integer subject = args.firstAfter(hit.end(), 3, Arguments.GROUP);
    if (subject == null) {
      // "Ansarul Islam, un groupe lié à Al-Qaïda, a revendiqué": the group described claims, not the one named
      // in its description
      subject = roles.beforeApposition(hit.first(), Arguments.GROUP);
    }
    if (subject == null) {
      subject = args.nearestBefore(hit.first(), NEAR + 4, Arguments.GROUP);
    }
    if (subject == null) {
      subject = args.firstAfter(hit.end(), 3, Arguments.PERSON);
    }
    if (subject == null) {
      subject = args.nearestBefore(hit.first(), 4, Arguments.PERSON);
    }
    if (subject == null) {
      return null;
    }
    RelationMention m = new RelationMention(RelationType.CLAIMED_RESPONSIBILITY, hit.first())
        .add(Role.SUBJECT, args.entity(subject));
    int from = Math.max(hit.end(), args.candidate(subject).end());
    Integer object = args.firstAfter(from, mediumAfter(from, NEAR), c -> c.type() != EntityType.ARMED_GROUP
        && c.type() != EntityType.PERSON || c.kind() == Candidate.Kind.UNNAMED);
    if (object != null) {
      m.add(Role.OBJECT, args.entity(object));
    }
    return m;
  }

  /** Nouns of the medium a claim came in: what follows one is where it was published, not what was claimed. */
  private static final Set<String> MEDIUM_NOUNS = folded("بيان", "بيانا", "تسجيل", "تسجيلا", "شريط", "شريطا",
      "رسالة", "تغريدة", "statement", "video", "message", "audio", "communique");

  /** How many tokens after {@code from}, at most {@code window}, come before the first medium noun. */
  private int mediumAfter(int from, int window) {
    int end = Math.min(ctx.analysis().size(), from + window);
    for (int k = from; k < end; k++) {
      String w = ctx.analysis().folded(k);
      // "ببيان", "وفي تسجيل": one proclitic may stand on the noun
      if (MEDIUM_NOUNS.contains(w) || w.length() > 3 && MEDIUM_NOUNS.contains(w.substring(1))) {
        return k - from;
      }
    }
    return window;
  }

  private RelationMention directed(RelationType type, Context.CueHit hit) {
    if (type == RelationType.CLAIMED_RESPONSIBILITY) {
      return claim(hit);
    }
    java.util.function.Predicate<Candidate> objectType;
    java.util.function.Predicate<Candidate> subjectType;
    switch (type) {
      case OPERATES_IN:
        objectType = Arguments.PLACE;
        subjectType = Arguments.GROUP;
        break;
      case CLAIMED_RESPONSIBILITY:
        objectType = c -> c.type() != EntityType.ARMED_GROUP;
        subjectType = Arguments.types(EntityType.ARMED_GROUP);
        break;
      case PLEDGED_ALLEGIANCE:
        // allegiance is sworn to a group or to its leader ("بايع أبا بكر البغدادي")
        objectType = Arguments.types(EntityType.ARMED_GROUP, EntityType.ORGANIZATION, EntityType.PERSON);
        subjectType = Arguments.types(EntityType.ARMED_GROUP, EntityType.PERSON);
        break;
      case SPLIT_FROM:
        objectType = Arguments.GROUP;
        subjectType = Arguments.types(EntityType.ARMED_GROUP, EntityType.PERSON);
        break;
      default:
        objectType = Arguments.GROUP;
        subjectType = Arguments.ACTOR;
    }
    if (type == RelationType.OPERATES_IN && CONTROL_NOUNS.contains(triggerText(hit))) {
      RelationMention control = underControl(hit);
      if (control != null) {
        return control;
      }
    }
    RelationMention compound = nounCompound(type, hit, subjectType, objectType);
    if (compound != null) {
      return compound;
    }
    List<Integer> objects = new ArrayList<>(args.between(hit.end(),
        Math.min(args.sentenceEnd(hit.first()), hit.end() + NEAR), objectType));
    objects.removeIf(o -> AGENT_PREPOSITIONS.contains(args.prepositionOf(o))); // "annoncé par X" is not the object
    if (objects.isEmpty()) {
      return null;
    }
    String trigger = triggerText(hit);
    if (type == RelationType.PLEDGED_ALLEGIANCE && (BAYA_NOUNS.contains(trigger) || SUFFIXED.contains(trigger))) {
      return pledgeNoun(hit, trigger, objects, subjectType);
    }
    Integer object = objects.get(0);
    Integer subject = null;
    Integer right = args.firstAfter(hit.end(), 3, subjectType);
    Integer introduced = null;
    for (int k = 1; k < objects.size() && introduced == null; k++) {
      if (hasObjectPreposition(objects.get(k))) {
        introduced = objects.get(k);
      }
    }
    if (right != null && right.equals(object) && introduced == null && objects.size() > 1
        && !hasObjectPreposition(right)) {
      subject = right; // "بايعت جماعة X تنظيم Y": verb, subject, direct object
      object = objects.get(1);
    } else if (right != null && right.equals(object) && introduced != null && !hasObjectPreposition(right)) {
      // "التحاق كتائب الصحراء في تنظيم القاعدة بتنظيم الدولة": the verbal noun's genitive is the subject,
      // the ب-phrase the object.
      subject = right;
      object = introduced;
    } else if (right != null && !right.equals(object)
        && args.candidate(right).first() < args.candidate(object).first()) {
      subject = right; // verb-subject-object: "بايعت جماعة X تنظيم Y"
    }
    String relative = hit.first() > 0 ? ctx.analysis().folded(hit.first() - 1) : "";
    if (subject == null && (relative.equals("التي") || relative.equals("والتي"))) {
      // "جماعة المرابطون التي يقودها بلمختار، والتي بايعت التنظيم": the feminine relative stands for the group,
      // however many clauses hang between them
      subject = args.nearestEndingBefore(hit.first() - 1, NEAR + 8, subjectType.and(Arguments.GROUP));
    }
    if (subject == null) {
      subject = roles.beforeApposition(hit.first(), subjectType); // "MUJAO, an AQIM offshoot, is based in Gao"
    }
    if (subject == null) {
      int window = type == RelationType.OPERATES_IN ? 6 : NEAR + 4;
      subject = args.nearestBefore(hit.first(), window, subjectType);
      if (subject == null && type == RelationType.OPERATES_IN) {
        // "جبهة تحرير ماسينا، وهي جماعة مسلحة تنشط في": a long name that ends near the verb is near
        subject = args.nearestEndingBefore(hit.first(), window, subjectType);
      }
    }
    if (subject == null || args.entity(subject).equals(args.entity(object))) {
      return null;
    }
    RelationType actual = type;
    if (type == RelationType.PLEDGED_ALLEGIANCE && args.candidate(subject).type() == EntityType.PERSON
        && JOIN_TRIGGERS.contains(triggerText(hit))) {
      actual = RelationType.MEMBER_OF; // a person who joins a group becomes a member; a group that joins pledges
    }
    RelationMention m = new RelationMention(actual, hit.first())
        .add(Role.SUBJECT, args.entity(subject)).add(Role.OBJECT, args.entity(object));
    if (actual == RelationType.OPERATES_IN) {
      // "تنشط في منطقتي موبتي وسيغو": every place of the list
      roles.coordinatedWith(object, Arguments.PLACE).forEach(c -> m.add(Role.OBJECT, args.entity(c)));
    }
    return m;
  }

  private static final Set<String> DETERMINERS = folded("a", "an", "the", "un", "une", "le", "la");

  /**
   * "MUJAO, an AQIM offshoot,", "the Sambisa forest, a Boko Haram stronghold,": in English a noun of relation
   * takes the one it relates to as a modifier before it, and the apposition says of whom. Whichever of the two
   * fits a role takes it.
   */
  private RelationMention nounCompound(RelationType type, Context.CueHit hit,
                                       java.util.function.Predicate<Candidate> subjectType,
                                       java.util.function.Predicate<Candidate> objectType) {
    Analysis a = ctx.analysis();
    if (a.token(hit.first()).type() != org.marsad.text.TokenType.LATIN) {
      return null;
    }
    Integer modifier = args.nearestEndingBefore(hit.first(), 0, c -> true);
    if (modifier == null) {
      return null;
    }
    int k = args.candidate(modifier).first() - 1;
    while (k >= 0 && DETERMINERS.contains(a.folded(k))) {
      k--;
    }
    if (k < 1 || !a.folded(k).equals(",")) {
      return null;
    }
    int end = a.folded(k - 1).equals(")") ? k - 1 : k;
    Integer head = args.nearestEndingBefore(end, 0, c -> true);
    if (head == null) {
      return null;
    }
    Integer subject = subjectType.test(args.candidate(head)) && objectType.test(args.candidate(modifier)) ? head
        : subjectType.test(args.candidate(modifier)) && objectType.test(args.candidate(head)) ? modifier : null;
    if (subject == null) {
      return null;
    }
    Integer object = subject.equals(head) ? modifier : head;
    if (args.entity(subject).equals(args.entity(object))) {
      return null;
    }
    return new RelationMention(type, hit.first()).add(Role.SUBJECT, args.entity(subject))
        .add(Role.OBJECT, args.entity(object));
  }

  private static final Set<String> CONTROL_NOUNS = folded("سيطرة", "لسيطرة", "بسيطرة");

  /**
   * "تخضع غاو لسيطرة الحركة الوطنية وجماعات إسلامية، بينها أنصار الدين": a noun of control followed by its
   * holder in construct puts the holder, and the groups coordinated with it, in the place named before it in the
   * clause.
   */
  private RelationMention underControl(Context.CueHit hit) {
    Integer holder = args.firstAfter(hit.end(), 1, Arguments.GROUP);
    if (holder == null || args.candidate(holder).first() != hit.end()) {
      return null;
    }
    Integer place = args.nearestBefore(hit.first(), NEAR + 4, Arguments.PLACE);
    if (place == null || ctx.clause(args.candidate(place).first()) != ctx.clause(hit.first())) {
      return null;
    }
    RelationMention m = new RelationMention(RelationType.OPERATES_IN, hit.first())
        .add(Role.SUBJECT, args.entity(holder)).add(Role.OBJECT, args.entity(place));
    roles.coordinatedWith(holder, Arguments.GROUP).forEach(c -> m.add(Role.SUBJECT, args.entity(c)));
    // "وجماعات إسلامية مسلحة، بينها أنصار الدين وحركة التوحيد": the groups a list names among the holders
    int end = args.sentenceEnd(hit.first());
    for (int k = args.candidate(holder).end(); k < end; k++) {
      if (AMONG.contains(ctx.analysis().folded(k))) {
        args.between(k + 1, end, Arguments.GROUP).forEach(c -> m.add(Role.SUBJECT, args.entity(c)));
        break;
      }
    }
    return m;
  }

  private static final Set<String> AMONG = folded("بينها", "منها", "ومنها", "بينهم", "منهم", "including",
      "dont", "notamment");

  private static final Set<String> BAYA_NOUNS = folded("مبايعة", "بيعة", "البيعة", "مبايعه");
  /** Nouns of holding to a pledge with the holder as suffix: "تمسكها ببيعة X" is the sentence subject's own pledge. */
  private static final Set<String> HELD_BY_SUFFIX = folded("تمسكها", "تمسكه", "تمسكهم", "التزامها", "التزامه",
      "التزامهم", "وفاءها", "وفاءه", "وفاءهم", "وفائها", "وفائه", "تجديدها", "تجديده", "تجديدهم");

  private boolean heldBySuffix(int trigger) {
    return trigger > 0 && HELD_BY_SUFFIX.contains(ctx.analysis().folded(trigger - 1));
  }

  private static final Set<String> SUFFIXED = folded("مبايعتها", "مبايعته", "مبايعتهم", "بيعتها", "بيعته",
      "بيعتهم", "ولاءها", "ولاءه", "ولاءهم");

  /**
   * "مبايعة X" pledges to X; "بيعة X لـ Y" is X's pledge to Y; "ومبايعتها أبا بكر" is the group's own pledge
   * (the suffix stands for the subject named before).
   */
  private RelationMention pledgeNoun(Context.CueHit hit, String trigger, List<Integer> objects,
                                     java.util.function.Predicate<Candidate> subjectType) {
    Integer subject = null;
    Integer object = null;
    Integer introduced = null;
    boolean own = SUFFIXED.contains(trigger) || heldBySuffix(hit.first());
    for (int k = 1; k < objects.size() && introduced == null; k++) {
      if (hasObjectPreposition(objects.get(k))) {
        introduced = objects.get(k);
      }
    }
    Integer first = objects.get(0);
    List<Integer> toLeaders = leadersPledgedTo(hit);
    if (!toLeaders.isEmpty()) {
      // "بيعة التنظيم الجديد لزعيم القاعدة أيمن الظواهري، ولأمير ... أبي مصعب": pledged to the men named
      object = toLeaders.get(0);
      int firstObject = args.candidate(object).first();
      subject = first != null && args.candidate(first).first() < firstObject && !hasObjectPreposition(first)
          && subjectType.test(args.candidate(first)) && !own ? first : null;
    } else if (!own && introduced != null && !hasObjectPreposition(first)
        && subjectType.test(args.candidate(first))) {
      subject = first;
      object = introduced;
    } else {
      object = first;
    }
    if (subject == null && own) {
      // "أعلنت جند الخلافة انشقاقها عن القاعدة ومبايعتها البغدادي": the suffix stands for the sentence's subject
      List<Integer> before = args.between(args.sentenceStart(hit.first()), hit.first(),
          subjectType.and(this::notAfterTitle));
      subject = before.isEmpty() ? null : before.get(0);
    }
    if (subject == null) {
      subject = args.nearestBefore(hit.first(), NEAR + 4, subjectType);
    }
    if (subject == null || args.entity(subject).equals(args.entity(object))) {
      return null;
    }
    RelationMention m = new RelationMention(RelationType.PLEDGED_ALLEGIANCE, hit.first())
        .add(Role.SUBJECT, args.entity(subject)).add(Role.OBJECT, args.entity(object));
    for (int k = 1; k < toLeaders.size(); k++) {
      m.add(Role.OBJECT, args.entity(toLeaders.get(k)));
    }
    return m;
  }

  private static final int LEADER_NAME_REACH = 8;

  /**
   * The people a pledge noun is addressed to through "ل" + a role word + a name ("لزعيم القاعدة أيمن الظواهري"),
   * with the items of a list that go on with "ول" + a role word ("، ولأمير ...").
   */
  private List<Integer> leadersPledgedTo(Context.CueHit hit) {
    List<Integer> out = new ArrayList<>();
    Analysis a = ctx.analysis();
    int end = args.sentenceEnd(hit.first());
    int k = hit.end();
    while (k < end && k - hit.end() <= 3 * LEADER_NAME_REACH) {
      String w = a.folded(k);
      boolean lam = w.startsWith("\u0644") || w.startsWith("\u0648\u0644");
      if (lam && a.look().title(k) != null) {
        Integer person = args.firstAfter(k + 1, LEADER_NAME_REACH, Arguments.PERSON);
        if (person == null || args.candidate(person).kind() == Candidate.Kind.UNNAMED) {
          break;
        }
        out.add(person);
        k = args.candidate(person).end();
        continue;
      }
      if (!out.isEmpty() && !w.equals(",")) {
        break; // the list ends at the first word that neither separates nor opens an item
      }
      if (out.isEmpty() && k - hit.end() > LEADER_NAME_REACH) {
        break;
      }
      k++;
    }
    return out;
  }

  private boolean hasObjectPreposition(int candidate) {
    String p = args.prepositionOf(candidate);
    return p.equals("ب") || p.equals("ل") || p.equals("الي") || p.equals("to") || p.equals("a") || p.equals("au")
        || p.equals("with") || p.equals("from") || p.equals("de") || p.equals("عن") || p.equals("بال")
        || p.equals("لل");
  }

  private static final java.util.Set<String> RESULT_OF = java.util.Set.of("من", "اثر", "بعد", "عبر", "نتيجه",
      "from", "of", "by", "de", "du", "par");
  private static final java.util.Set<String> NAMED_AS = java.util.Set.of("باسم", "اسم", "مسمي", "called", "named",
      "dubbed", "appele", "appelee", "baptise", "baptisee", "nom");

  /**
   * Whether the merger trigger says what came out of it rather than who merged: "من اندماج", "إثر اندماج", "بدمج",
   * "from the merger of", "née de la fusion", "issue de la fusion".
   */
  private boolean isResultOfMerger(Context.CueHit hit) {
    Analysis a = ctx.analysis();
    if (hit.offsetInFirst() > 0 && a.folded(hit.first()).substring(0, hit.offsetInFirst()).contains("\u0628")) {
      return true;
    }
    String cue = triggerText(hit);
    if (cue.startsWith("ne de") || cue.startsWith("nee de")) {
      return true;
    }
    for (int k = hit.first() - 1; k >= Math.max(0, hit.first() - 3); k--) {
      String w = a.folded(k);
      if (w.equals("the") || w.equals("la") || w.equals("le") || w.equals("l")) {
        continue;
      }
      return RESULT_OF.contains(w.length() > 2 && w.charAt(0) == '\u0648' ? w.substring(1) : w)
          || w.equals("issue") || w.equals("issu") || w.equals("formed") || w.equals("created");
    }
    return false;
  }

  /** Whether a group after the merger trigger is introduced as its new name ("باسم X", "called X"). */
  private boolean isNamedAs(int candidate) {
    Analysis a = ctx.analysis();
    int k = args.candidate(candidate).first() - 1;
    while (k >= 0 && a.folded(k).equals("\"")) {
      k--;
    }
    return k >= 0 && NAMED_AS.contains(a.folded(k));
  }

  private String triggerText(Context.CueHit hit) {
    Analysis a = ctx.analysis();
    StringBuilder sb = new StringBuilder();
    for (int k = hit.first(); k < hit.end(); k++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(k == hit.first() ? a.folded(k).substring(hit.offsetInFirst()) : a.folded(k));
    }
    return sb.toString();
  }

  private RelationMention symmetric(RelationType type, Context.CueHit hit) {
    java.util.function.Predicate<Candidate> who = type == RelationType.COOPERATION
        ? c -> c.type() != EntityType.LOCATION || isCountry(c)
        : type == RelationType.MEETING ? Arguments.types(EntityType.PERSON, EntityType.ARMED_GROUP,
            EntityType.STATE_ACTOR, EntityType.ORGANIZATION) : Arguments.ACTOR;
    RelationMention m = new RelationMention(type, hit.first());
    int clauseStart = args.clauseStart(hit.first());
    int sentenceEnd = args.sentenceEnd(hit.first());
    List<Integer> before = args.between(clauseStart, hit.first(), who);
    List<Integer> after = args.between(hit.end(), type == RelationType.MEETING ? sentenceEnd
        : Math.min(sentenceEnd, hit.end() + NEAR), who);
    if (type == RelationType.MERGER) {
      String owner = hit.first() > 0 ? ctx.analysis().folded(hit.first() - 1) : "";
      if ((owner.equals("sa") || owner.equals("son") || owner.equals("its"))
          && args.between(hit.end(), Math.min(sentenceEnd, hit.end() + NEAR), Arguments.GROUP).isEmpty()) {
        return null; // "lors de sa création", "since its formation": one group's founding, no merger
      }
      before = args.between(args.sentenceStart(hit.first()), hit.first(), Arguments.GROUP);
      // the merging groups follow in the trigger's own clause; "، واختارت زعيم جماعة X" starts another
      after = args.between(hit.end(), Math.min(Math.min(sentenceEnd, args.clauseEnd(hit.end() - 1) + 1),
          hit.end() + 2 * NEAR), Arguments.GROUP);
      before.removeIf(args::onlyDescribes); // "إمارة الصحراء التابعة لتنظيم القاعدة": the tie is no party
      after.removeIf(args::onlyDescribes);
      for (Integer c : after) {
        String prep = args.prepositionOf(c);
        if ((prep.equals("في") || prep.equals("into") || prep.equals("dans") || prep.equals("ضمن")
            || isNamedAs(c)) && !m.get(Role.OBJECT).contains(args.entity(c))) {
          m.add(Role.OBJECT, args.entity(c));
        } else {
          m.add(Role.PARTICIPANTS, args.entity(c));
        }
      }
      if (!before.isEmpty() && isResultOfMerger(hit)) {
        // "المرابطون التي نشأت من اندماج A مع B", "née de la fusion de A et B": the group named before the
        // merger is what it made; groups further back belong to earlier clauses
        m.add(Role.OBJECT, args.entity(before.get(before.size() - 1)));
      } else {
        before.forEach(c -> m.add(Role.PARTICIPANTS, args.entity(c)));
      }
      m.get(Role.OBJECT).forEach(o -> m.args.getOrDefault(Role.PARTICIPANTS, new java.util.HashSet<>()).remove(o));
      return m.get(Role.PARTICIPANTS).size() + m.get(Role.OBJECT).size() >= 2 ? m : null;
    }
    if (type == RelationType.MEETING) {
      int stop = Math.min(nextEventTrigger(hit.end(), sentenceEnd), listEnd(hit.end(), sentenceEnd));
      after = args.between(hit.end(), stop, who);
      before = args.between(Math.max(clauseStart, hit.first() - 4), hit.first(), who);
    } else {
      int between = betweenWord(hit.end());
      if (between >= 0) {
        // a list after "بين" runs on across commas ("منها X في نيجيريا، و Y في تونس") while it is coordinated
        after = coordinated(args.between(between + 1, Math.min(sentenceEnd, between + 1 + 3 * NEAR), who));
      } else {
        after = after.stream().filter(c -> isWith(args.prepositionOf(c))).toList();
      }
      if (type == RelationType.COOPERATION && before.isEmpty() && !after.isEmpty()) {
        // "تبنت جماعة X الهجوم، مؤكدة أنها نفذته بالتنسيق مع Y": the clause's subject is a pronoun for the
        // sentence's first actor
        before = args.between(args.sentenceStart(hit.first()), clauseStart,
            who.and(c -> c.kind() != Candidate.Kind.UNNAMED).and(this::notAfterTitle)).stream().limit(1).toList();
      }
    }
    before.forEach(c -> m.add(Role.PARTICIPANTS, args.entity(c)));
    after.forEach(c -> m.add(Role.PARTICIPANTS, args.entity(c)));
    if (type == RelationType.MEETING) {
      for (Integer p : args.between(hit.end(), args.clauseEnd(hit.end() - 1) + 1, Arguments.PLACE)) {
        m.add(Role.LOCATION, args.entity(p));
      }
      return m.argCount() >= 1 ? m : null;
    }
    return m.get(Role.PARTICIPANTS).size() >= 2 ? m : null;
  }

  /**
   * Where a list of participants ends: at the end of the trigger's clause, unless the next clause goes on with
   * the list ("يضم أمراء من حركة X، ومنهم حمادة ...، وجمال عكاشة").
   */
  private int listEnd(int from, int limit) {
    int end = args.clauseEnd(from);
    while (end < limit) {
      String w = ctx.analysis().folded(end);
      boolean continues = w.equals("ومنهم") || w.equals("منهم") || w.equals("بينهم") || w.equals("وبينهم")
          || w.equals("including") || w.equals("dont") || w.equals("notamment")
          || (w.length() > 1 && w.charAt(0) == '\u0648' && ctx.candidatesStartingAt(end).length > 0);
      if (!continues) {
        break;
      }
      end = args.clauseEnd(end);
    }
    return end;
  }

  /** The first member of a list and those joined to it by "و / and / et" or a comma. */
  private List<Integer> coordinated(List<Integer> candidates) {
    List<Integer> out = new ArrayList<>();
    for (Integer c : candidates) {
      if (out.isEmpty() || isJoined(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A list continued: "X و Y", "X, Y", "and", "et", and "منها/منهم" (of which) before the next item. */
  private static final Set<String> LISTING = Set.of("و", ",", "and", "et", "منها", "منهم");

  private boolean isJoined(int candidate) {
    return args.joinedBy(candidate, LISTING);
  }

  /** The next trigger of another event, unless it sits in a relative clause about a participant. */
  private int nextEventTrigger(int from, int limit) {
    for (Context.CueHit h : ctx.cues()) {
      if (h.first() >= from && h.first() < limit && h.has("EVENT") && !h.value("EVENT").equals("MEETING")
          && !(h.first() > 0 && isRelativePronoun(ctx.analysis().folded(h.first() - 1)))) {
        return h.first();
      }
    }
    return limit;
  }

  private static boolean isRelativePronoun(String w) {
    return w.equals("الذي") || w.equals("التي") || w.equals("الذين") || w.equals("who") || w.equals("qui");
  }

  /** "تحالف بين X و Y", "alliance between X and Y": the index of "بين" within three tokens, or -1. */
  private int betweenWord(int from) {
    for (int k = from; k < Math.min(ctx.analysis().size(), from + 4); k++) {
      String w = ctx.analysis().folded(k);
      if (w.equals("بين") || w.equals("between") || w.equals("entre")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isWith(String preposition) {
    return preposition.equals("مع") || preposition.equals("with") || preposition.equals("avec")
        || preposition.equals("و") || preposition.equals("and") || preposition.equals("et");
  }

  private boolean isCountry(Candidate c) {
    return ctx.isCountry(c);
  }

  private RelationMention agentTarget(RelationType type, Context.CueHit hit) {
    RelationMention m = new RelationMention(type, hit.first());
    java.util.function.Predicate<Candidate> targetType;
    java.util.function.Predicate<Candidate> agentType;
    switch (type) {
      case ARREST:
        targetType = Arguments.PERSON;
        agentType = Arguments.types(EntityType.STATE_ACTOR);
        break;
      case KIDNAPPING:
        targetType = Arguments.PERSON;
        agentType = Arguments.types(EntityType.ARMED_GROUP);
        break;
      case KILLED:
        targetType = Arguments.PERSON;
        agentType = Arguments.types(EntityType.ARMED_GROUP, EntityType.STATE_ACTOR);
        break;
      default:
        targetType = c -> c.type() == EntityType.STATE_ACTOR || c.type() == EntityType.PERSON
            || c.type() == EntityType.ORGANIZATION || c.type() == EntityType.LOCATION;
        agentType = Arguments.types(EntityType.ARMED_GROUP, EntityType.PERSON, EntityType.STATE_ACTOR);
    }
    // "مقتل X وY": a noun of dying names who died, and the second actor is coordinated, not an object
    boolean deathNoun = type == RelationType.KILLED && EventRoles.isDeathNoun(triggerText(hit));
    if (isLatinPassive(hit.first())) {
      return latinPassive(type, hit, m, targetType, agentType);
    }
    Integer verbSubject = deathNoun ? null : args.firstAfter(hit.end(), 1, agentType.or(Arguments.PERSON));
    if (verbSubject != null) {
      // "قتل مسلحون 20 شخصا", "اعتقلت الشرطة عنصرين": verb, subject, object
      Integer object = args.firstAfter(args.candidate(verbSubject).end(), 3, targetType);
      if (object != null && !isJoined(object) && !args.entity(object).equals(args.entity(verbSubject))
          && !roles.separated(args.candidate(verbSubject).end(), args.candidate(object).first())) {
        return finishAgentTarget(type, hit, m, object, verbSubject);
      }
    }
    // "قتلت أمير تنظيم القاعدة ... عبد المالك درودكال": a role phrase may stand between the verb and the name
    boolean latin = ctx.analysis().token(hit.first()).type() == org.marsad.text.TokenType.LATIN;
    int reach = startsRolePhrase(hit.end()) ? 14 : latin ? 10 : 4;
    Integer target = args.firstAfter(hit.end(), reach, targetType);
    if (target != null && reach > 4 && args.candidate(target).type() != EntityType.PERSON
        && targetType.test(args.candidate(target)) && type != RelationType.ATTACK) {
      target = args.firstAfter(hit.end(), reach, Arguments.PERSON);
    }
    if (target != null && AGENT_PREPOSITIONS.contains(args.prepositionOf(target))) {
      target = null; // "غارة شنها الجيش الفرنسي": who carried it out, not who suffered it
    }
    if (target != null && type == RelationType.ATTACK && args.candidate(target).type() == EntityType.LOCATION
        && LOCATIVE.contains(args.prepositionOf(target))) {
      target = null; // "هجوم على ثكنة في بوركينا فاسو": a place after "في" is where, not what, was attacked
    }
    if (target != null && type == RelationType.ATTACK && args.candidate(target).type() != EntityType.LOCATION
        && !isTargetPreposition(args.prepositionOf(target)) && args.candidate(target).type() != EntityType.STATE_ACTOR) {
      target = null; // "نفذت العملية كتيبة X": the actor right after the verb is its agent, not its target
    }
    boolean passive = target == null && type != RelationType.ATTACK;
    if (passive) {
      // "X، زعيم كتيبة Y، قتل في غارة": the one described by the apposition is who suffered it
      target = roles.beforeApposition(hit.first(), targetType);
    }
    if (target == null && type != RelationType.ATTACK) {
      // "X الذي تم توقيفه", "Droukdel was killed": the target may stand just before a passive trigger
      target = args.nearestBefore(hit.first(), type == RelationType.ARREST ? 8 : 5, targetType);
      if (target != null && speechVerbBetween(args.candidate(target).end(), hit.first())) {
        target = null; // "Parly a annoncé la capture de": who announces an event did not suffer it
      }
    }
    if (target != null && args.candidate(target).kind() == Candidate.Kind.UNNAMED) {
      // "توقيف أحد قيادات كتيبة X، الإرهابي صفي الدين": the named apposition is the one arrested.
      int from = args.candidate(target).end();
      Integer group = args.firstAfter(from, 3, Arguments.GROUP);
      if (group != null) {
        from = args.candidate(group).end(); // "un cadre du Groupe de soutien à l'islam et aux musulmans (GSIM), X"
      }
      Integer named = args.firstAfter(from, 8,
          c -> c.type() == EntityType.PERSON && c.kind() != Candidate.Kind.UNNAMED);
      if (named != null) {
        target = named;
      }
    }
    // an agent phrase after the trigger ("في عملية نفذها الجيش") or the antecedent of a relative pronoun
    // ("المسلحين الذين هاجموا") says who acted more surely than whoever happens to stand before the trigger
    Integer agent = roles.agentPhrase(hit.end(), 2 * NEAR,
        agentType.or(Arguments.types(EntityType.STATE_ACTOR, EntityType.PERSON)));
    if (agent == null && (type == RelationType.ATTACK || target != null)) {
      agent = roles.relativeAntecedent(hit.first(), agentType.or(Arguments.PERSON));
    }
    if (agent != null && target != null && args.entity(agent).equals(args.entity(target))) {
      agent = null;
    }
    boolean dating = roles.timeReference(hit.first()); // "بعد يومين من الكمين": nobody before it acted in it
    if (agent == null && !passive && !deathNoun && !dating) {
      agent = roles.beforeApposition(hit.first(), agentType); // "X، قائد كتيبة Y، هاجم"
    }
    if (agent == null && type == RelationType.ATTACK && !dating) {
      // not a group named only as whose leader or member someone is ("مقتل زعيم تنظيم X في غارة")
      agent = args.nearestBefore(hit.first(), NEAR + 4, Arguments.types(EntityType.ARMED_GROUP)
          .and(this::notAfterTitle));
    }
    if (agent == null && type == RelationType.ATTACK && !dating) {
      agent = unnamedSubject(hit.first(), agentType); // "وكان ثلاثة مسلحين قد فتحوا النار"
    }
    if (agent == null && !deathNoun && !dating) {
      // an unnamed actor before the trigger is its agent only if it comes first in the clause;
      // before a noun of dying ("أعلن الجيش مقتل X") stands who announced the death, not who caused it
      agent = args.nearestBefore(hit.first(), NEAR, (type == RelationType.ATTACK
          ? agentType.and(c -> c.kind() != Candidate.Kind.UNNAMED) : agentType).and(this::notAfterTitle));
    }
    if (agent == null) {
      // after the trigger, an agent is either right after a verb ("اعتقلت الشرطة X") or introduced by "by"
      Integer after = args.firstAfter(hit.end(), NEAR, agentType);
      // "قتل زعيم تنظيم القاعدة": a group in the genitive of a role noun is whose leader died, not who killed
      boolean genitive = after != null && args.candidate(after).first() == hit.end() + 1
          && ctx.analysis().look().title(hit.end()) != null;
      if (after != null && !genitive && (args.candidate(after).first() <= hit.end() + 1
          || AGENT_PREPOSITIONS.contains(args.prepositionOf(after)))) {
        agent = after;
      }
    }
    return finishAgentTarget(type, hit, m, target, agent);
  }

  /**
   * "مسلحون هاجموا القرية", "وكان ثلاثة مسلحين قد فتحوا النار": an unnamed actor is the subject of an attack verb
   * only when nothing but auxiliaries stands between them. Further back it is as likely the attack's victims
   * ("قتل 5 جنود في هجوم"). A count before the noun belongs to the actor.
   */
  private Integer unnamedSubject(int trigger, java.util.function.Predicate<Candidate> agentType) {
    Integer u = args.nearestBefore(trigger, 3, agentType.and(c -> c.kind() == Candidate.Kind.UNNAMED));
    if (u == null || !args.onlyAuxiliariesBetween(args.candidate(u).end(), trigger)) {
      return null;
    }
    Candidate inner = args.candidate(u);
    for (int i = 0; i < ctx.candidates().size(); i++) {
      Candidate c = ctx.candidates().get(i);
      if (c.kind() == Candidate.Kind.UNNAMED && c.first() < inner.first() && c.contains(inner)) {
        return i;
      }
    }
    return u;
  }

  private boolean speechVerbBetween(int from, int to) {
    for (Context.CueHit c : ctx.cues()) {
      if (c.first() >= from && c.end() <= to && c.has("ATTR_VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a candidate is neither the genitive of a title ("زعيم تنظيم X") nor a possessor ("X's leader"): a group
   * named as whose leader or man someone is.
   */
  private boolean notAfterTitle(Candidate c) {
    Analysis a = ctx.analysis();
    boolean possessor = c.end() + 1 < a.size() && a.folded(c.end()).equals("'") && a.folded(c.end() + 1).equals("s");
    // "Boko Haram's Shekau believed dead": the group is whose man died, not who killed him
    return !possessor && (c.first() == 0 || a.look().title(c.first() - 1) == null);
  }

  private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "being", "be", "is", "are",
      "ete");
  private static final Set<String> BY = Set.of("by", "par");

  /** "was killed", "were arrested", "a été tué": an English or French passive participle. */
  private boolean isLatinPassive(int trigger) {
    Analysis a = ctx.analysis();
    return trigger > 0 && a.token(trigger).type() == org.marsad.text.TokenType.LATIN
        && PASSIVE_AUXILIARIES.contains(a.folded(trigger - 1));
  }

  /**
   * "Mrabat, a senior figure in the ISGS, was killed by French forces": the one before the passive suffered the
   * event, and only a "by" phrase names who did it; the nearest actor before is no agent here.
   */
  private RelationMention latinPassive(RelationType type, Context.CueHit hit, RelationMention m,
                                       java.util.function.Predicate<Candidate> targetType,
                                       java.util.function.Predicate<Candidate> agentType) {
    java.util.function.Predicate<Candidate> sufferer = type == RelationType.ATTACK ? targetType
        : targetType.or(Arguments.types(EntityType.STATE_ACTOR));
    Integer target = roles.beforeApposition(hit.first(), sufferer);
    if (target == null) {
      // not across a comma: "l'armée nigérienne, au cours de laquelle 71 militaires avaient été tués"
      int from = hit.first() - 1;
      while (from > 0 && from > hit.first() - 8 && !ctx.analysis().folded(from - 1).equals(",")) {
        from--;
      }
      target = args.nearestBefore(hit.first(), hit.first() - from, sufferer);
      String relative = ctx.analysis().folded(from);
      if (target == null && from > 1 && (relative.equals("who") || relative.equals("qui"))) {
        // "Abubakar Shekau, who was killed in 2021": the relative pronoun stands for the one before the comma
        Integer antecedent = args.nearestEndingBefore(from - 1, 0, sufferer);
        target = antecedent != null && args.candidate(antecedent).end() == from - 1 ? antecedent : null;
      }
    }
    Integer agent = null;
    Analysis a = ctx.analysis();
    int limit = Math.min(args.sentenceEnd(hit.first()), hit.end() + 3);
    for (int k = hit.end(); k < limit; k++) {
      if (BY.contains(a.folded(k))) {
        agent = args.firstAfter(k + 1, 5, agentType.or(Arguments.types(EntityType.STATE_ACTOR, EntityType.PERSON)));
        break;
      }
    }
    return finishAgentTarget(type, hit, m, target, agent);
  }

  private RelationMention finishAgentTarget(RelationType type, Context.CueHit hit, RelationMention m,
                                            Integer target, Integer agent) {
    if (target != null) {
      m.add(Role.TARGET, args.entity(target));
      EntityType t = args.candidate(target).type();
      roles.coordinatedWith(target, c -> c.type() == t).forEach(c -> m.add(Role.TARGET, args.entity(c)));
    }
    if (agent != null && (target == null || !args.entity(agent).equals(args.entity(target)))) {
      m.add(Role.AGENT, args.entity(agent));
      RelationMention together = new RelationMention(RelationType.COOPERATION, hit.first())
          .add(Role.PARTICIPANTS, args.entity(agent));
      Candidate first = args.candidate(agent);
      java.util.function.Predicate<Candidate> alike = c -> c.type() == first.type()
          || EventRoles.NAMED_FORCE.test(c) && EventRoles.NAMED_FORCE.test(first);
      for (Integer c : roles.coordinatedWith(agent, alike)) {
        if (!m.get(Role.TARGET).contains(args.entity(c))) {
          m.add(Role.AGENT, args.entity(c));
          if (EventRoles.NAMED_FORCE.test(args.candidate(c))) {
            together.add(Role.PARTICIPANTS, args.entity(c));
          }
        }
      }
      if (together.get(Role.PARTICIPANTS).size() >= 2 && EventRoles.NAMED_FORCE.test(args.candidate(agent))) {
        // "عملية نفذها الجيش المالي وقوة برخان": forces that act together cooperate
        joint.add(together);
      }
    }
    int clauseEnd = args.clauseEnd(hit.first());
    int locEnd = Math.min(args.sentenceEnd(hit.first()), hit.end() + 2 * NEAR + 5);
    boolean previousTaken = false;
    for (Integer p : args.between(hit.end(), locEnd, Arguments.PLACE)) {
      String prep = args.prepositionOf(p);
      boolean inClause = args.candidate(p).first() < clauseEnd;
      // within its clause a bare place is the event's; further on it needs a locative preposition;
      // "بين بسكرة وورڤلة" shares the preposition of the place before it
      boolean take = LOCATIVE.contains(prep) || (inClause && prep.isEmpty())
          || (previousTaken && isConjunctionOfPlace(p));
      if (take) {
        m.add(Role.LOCATION, args.entity(p));
      }
      previousTaken = take;
    }
    RelationMention first = firstActed.get(ctx.sentence(hit.first()));
    if (m.get(Role.AGENT).isEmpty() && first != null && ctx.analysis().folded(hit.first()).startsWith("\u0648")
        && hit.offsetInFirst() > 0) {
      // "قتلت وحدات الجيش 36 من المسلحين الذين هاجموا ...، وأوقفت سبعة آخرين": a verb coordinated with the
      // sentence's main event shares its agent (the first one told; a relative clause's comes later)
      first.get(Role.AGENT).stream().filter(id -> !m.get(Role.TARGET).contains(id))
          .forEach(id -> m.add(Role.AGENT, id));
    }
    if (!m.get(Role.AGENT).isEmpty()) {
      firstActed.putIfAbsent(ctx.sentence(hit.first()), m);
    }
    boolean placeOnly = type == RelationType.ATTACK && !m.get(Role.LOCATION).isEmpty();
    return m.get(Role.TARGET).isEmpty() && m.get(Role.AGENT).isEmpty() && !placeOnly ? null : m;
  }

  /** Whether a word is one of the prepositions that give a place its role ("من", "إلى", "عبر", "في", ...). */
  private static boolean isPreposition(String w) {
    return ORIGIN.contains(w) || VIA.contains(w) || DESTINATION.contains(w) || LOCATIVE.contains(w)
        || AGENT_PREPOSITIONS.contains(w) || w.equals("علي") || w.equals("عن");
  }

  private static final Set<String> DEPARTURES = folded("غادر", "غادرت", "غادروا", "غادرا", "فر", "فروا",
      "انسحب", "انسحاب", "left", "fled", "quitte", "a quitte", "withdrew");

  private static final Set<String> AGENT_PREPOSITIONS = folded("يد", "بيد", "قبل", "طرف", "by", "par", "شنها",
      "شنته", "شنتها", "نفذها", "نفذه", "نفذتها", "نفذته", "تبنته", "تبنتها", "شنوها", "نفذوها");


  private boolean startsRolePhrase(int token) {
    Context.CueHit h = ctx.cueAt(token);
    return h != null && h.has("ROLE");
  }

  private static boolean isTargetPreposition(String p) {
    return p.equals("علي") || p.equals("ضد") || p.equals("on") || p.equals("against") || p.equals("contre")
        || p.equals("ب") || p.equals("targeting") || p.equals("استهدف") || p.equals("استهدفت");
  }

  /** "بين بسكرة وورڤلة": the second place of a pair joined by و shares the first one's preposition. */
  private boolean isConjunctionOfPlace(int candidate) {
    Candidate c = args.candidate(candidate);
    String w = ctx.analysis().folded(c.first());
    return c.offsetInFirst() > 0 && w.charAt(0) == '\u0648';
  }

  private RelationMention movement(Context.CueHit hit) {
    java.util.function.Predicate<Candidate> mover = Arguments.types(EntityType.PERSON, EntityType.ARMED_GROUP);
    Integer subject = args.firstAfter(hit.end(), 2, mover);
    if (subject == null) {
      subject = roles.beforeApposition(hit.first(), mover);
    }
    if (subject == null) {
      subject = args.nearestBefore(hit.first(), NEAR + 4, mover);
    }
    if (subject == null) {
      // "عبرت وحدات من الجيش التشادي الحدود": forces move too, named a little after the verb
      subject = args.firstAfter(hit.end(), 4, Arguments.types(EntityType.STATE_ACTOR));
    }
    RelationMention m = new RelationMention(RelationType.MOVEMENT, hit.first());
    if (subject != null) {
      m.add(Role.SUBJECT, args.entity(subject));
    } else if (lastMover != null && ctx.sentence(lastMoverToken) == ctx.sentence(hit.first())) {
      m.add(Role.SUBJECT, lastMover); // "تنقل ... ثم تمكن من التسلل": chained verbs share their subject
    }
    if (!m.get(Role.SUBJECT).isEmpty()) {
      lastMover = m.get(Role.SUBJECT).iterator().next();
      lastMoverToken = hit.first();
    }
    int end = Math.min(args.sentenceEnd(hit.first()), hit.end() + 2 * NEAR);
    int clauseLimit = args.clauseEnd(hit.first());
    List<String> destinations = new ArrayList<>();
    boolean leaving = DEPARTURES.contains(triggerText(hit));
    Role previous = null;
    for (Integer p : args.between(hit.end(), end, Arguments.PLACE)) {
      Candidate c = args.candidate(p);
      if (c.first() >= clauseLimit && !continuesRoute(clauseLimit)) {
        break;
      }
      String prep = args.prepositionOf(p);
      String id = args.entity(p);
      Role role = null;
      if (previous != null && isJoined(p) && !ORIGIN.contains(prep) && !VIA.contains(prep)) {
        role = previous; // "عبر النيجر وليبيا": a place joined by و shares the role before it
      } else if (ORIGIN.contains(prep)) {
        role = Role.ORIGIN;
      } else if (VIA.contains(prep)) {
        role = Role.VIA;
      } else if (DESTINATION.contains(prep) || prep.startsWith("ل")) {
        role = Role.DESTINATION;
      } else if (leaving && destinations.isEmpty() && (LOCATIVE.contains(prep) || !isPreposition(prep))) {
        role = Role.ORIGIN; // "غادر معاقله في جبال القبائل نحو مالي": what is left is where it started
      }
      if (role == Role.DESTINATION) {
        destinations.add(id);
      } else if (role != null) {
        m.add(role, id);
      }
      previous = role;
    }
    for (int k = 0; k < destinations.size(); k++) {
      m.add(k + 1 < destinations.size() ? Role.VIA : Role.DESTINATION, destinations.get(k));
    }
    return m.get(Role.DESTINATION).isEmpty() && m.get(Role.ORIGIN).isEmpty() ? null : m;
  }

  /** "ثم تمكن من التسلل إلى النيجر ومنها إلى شمال مالي": a route goes on after a comma with ثم or ومنها. */
  private boolean continuesRoute(int clauseStartToken) {
    if (clauseStartToken >= ctx.analysis().size()) {
      return false;
    }
    String w = ctx.analysis().folded(clauseStartToken);
    return w.equals("ثم") || w.equals("ومنها") || w.equals("then");
  }

  private static final Set<String> OF = Set.of("of", "in", "de", "du", "d", "des", "au", "within");

  /** Whether the words between a Latin role noun and a group are close enough, or hold "of", "de" or "in". */
  private boolean linkedByOf(int from, int to) {
    if (to - from <= 2) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (OF.contains(ctx.analysis().folded(k))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FOUNDERS = folded("founders include", "founders included");
  private static final Set<String> ITS_ROLE = folded("as its governor", "as its leader", "as its emir");
  private static final Set<String> TO_IT = folded("له", "لها", "لهم");
  private static final Set<String> NEW = folded("جديدا", "جديد", "عاما", "عام");

  /**
   * Roles given by the group itself: "عين التنظيم X أميرا جديدا له", "named X as its governor" (the group is the
   * clause's subject, the first group of the sentence), and "MUJAO, whose founders include X" (the group comes
   * first, the person after).
   */
  private RelationMention ownRole(RelationType type, Context.CueHit hit, String text) {
    Integer person;
    Integer group;
    if (FOUNDERS.contains(text)) {
      group = args.nearestEndingBefore(hit.first(), 3, Arguments.GROUP);
      person = args.firstAfter(hit.end(), 6, Arguments.PERSON);
    } else {
      int k = hit.end();
      while (k < args.sentenceEnd(hit.first()) && NEW.contains(ctx.analysis().folded(k))) {
        k++;
      }
      boolean toIt = k < ctx.analysis().size() && TO_IT.contains(ctx.analysis().folded(k));
      if (!toIt && !ITS_ROLE.contains(text)) {
        return null;
      }
      // "named X, a son of Y, as its governor": the one named, not the one in the apposition
      person = roles.beforeApposition(hit.first(), Arguments.PERSON);
      if (person == null) {
        person = args.nearestEndingBefore(hit.first(), 1, Arguments.PERSON);
      }
      List<Integer> groups = person == null ? List.of()
          : args.between(args.sentenceStart(hit.first()), args.candidate(person).first(), Arguments.GROUP);
      group = groups.isEmpty() ? null : groups.get(0);
    }
    if (person == null || group == null || args.candidate(person).kind() == Candidate.Kind.UNNAMED
        || args.entity(person).equals(args.entity(group))) {
      return null;
    }
    return new RelationMention(type, hit.first())
        .add(Role.SUBJECT, args.entity(person)).add(Role.OBJECT, args.entity(group));
  }

  private static final Set<String> PERFECT_ROLE_VERBS = folded("قاد", "تولى", "ترأس", "تزعم", "أسس", "انضم",
      "التحق");
  private static final int DROPPED_SUBJECT_REACH = 60;
  /** "ويعد X من أقدم القادة، إذ تولى قيادة Y", "ثم تولى": links after which a clause goes on with its subject. */
  private static final Set<String> SAME_SUBJECT_LINKS = folded("إذ", "اذ", "ثم", "حيث");

  /**
   * "وكان يقود كتيبة «طارق بن زياد»": Arabic drops a subject the reader knows, the person the passage is about.
   * When a role verb opens its sentence with no actor before it, its subject is the last person named in the
   * same paragraph; when it continues, after "و", a sentence that opened with a person, it is that person.
   */
  private Integer droppedSubject(Context.CueHit hit, String text) {
    String verb = text.split(" ")[0];
    if (verb.length() > 3 && (verb.charAt(0) == '\u0648' || verb.charAt(0) == '\u0641')) {
      verb = verb.substring(1);
    }
    boolean imperfect = verb.length() >= 3 && (verb.charAt(0) == '\u064a' || verb.charAt(0) == '\u062a')
        && !verb.startsWith("\u0627\u0644");
    if (!imperfect && !PERFECT_ROLE_VERBS.contains(verb)) {
      return null;
    }
    int sentenceStart = args.sentenceStart(hit.first());
    List<Integer> before = args.between(sentenceStart, hit.first(), Arguments.ACTOR);
    if (!before.isEmpty()) {
      // "وأبو زيد، واسمه الحقيقي ...، جزائري ...، وكان يقود كتيبة X": a person who opens the sentence is its
      // topic, and a clause joined by "و" goes on about them
      Candidate topic = args.candidate(before.get(0));
      boolean opens = topic.first() - sentenceStart <= 1 && topic.type() == EntityType.PERSON
          && topic.kind() != Candidate.Kind.UNNAMED;
      boolean joined = hit.first() > 0 && (ctx.analysis().folded(hit.first()).startsWith("\u0648")
          || ctx.analysis().folded(hit.first() - 1).startsWith("\u0648")
          || SAME_SUBJECT_LINKS.contains(ctx.analysis().folded(hit.first() - 1)));
      return opens && joined ? before.get(0) : null;
    }
    int paragraph = ctx.paragraph(hit.first());
    List<Candidate> cs = ctx.candidates();
    for (int i = cs.size() - 1; i >= 0; i--) {
      Candidate c = cs.get(i);
      if (c.end() > sentenceStart) {
        continue;
      }
      if (sentenceStart - c.end() > DROPPED_SUBJECT_REACH || ctx.paragraph(c.first()) != paragraph) {
        return null;
      }
      if (c.type() == EntityType.PERSON && c.kind() != Candidate.Kind.UNNAMED) {
        return i;
      }
    }
    return null;
  }

  private RelationMention role(Context.CueHit hit) {
    RelationType type = RelationType.valueOf(hit.value("ROLE"));
    String text = triggerText(hit);
    if (PASSIVE_LEADER.contains(text)) {
      Integer group = args.nearestEndingBefore(hit.first(), 6, Arguments.GROUP);
      if (group == null && POSSESSIVE_ROLES.contains(text)) {
        // "أعلنت جند الخلافة انشقاقها عن القاعدة ...، في بيان حمل توقيع أميرها X": beyond the next few words the
        // suffix stands for the sentence's topic, its first group
        List<Integer> groups = args.between(args.sentenceStart(hit.first()), hit.first(), Arguments.GROUP);
        group = groups.isEmpty() ? null : groups.get(0);
      }
      // "led by the veteran Tuareg rebel Iyad Ag Ghaly", "بقيادة الجنرال الموريتاني X": descriptors may stand
      // between the verb and the leader's name, as long as no other actor does
      Integer person = args.firstAfter(hit.end(), 7, Arguments.ACTOR);
      if (person != null && (args.candidate(person).type() != EntityType.PERSON
          || args.candidate(person).first() >= args.clauseEnd(hit.end()))) {
        person = null;
      }
      if (group == null || person == null) {
        return null;
      }
      return new RelationMention(RelationType.LEADER_OF, hit.first())
          .add(Role.SUBJECT, args.entity(person)).add(Role.OBJECT, args.entity(group));
    }
    boolean latin = ctx.analysis().token(hit.first()).type() == org.marsad.text.TokenType.LATIN;
    RelationMention own = ownRole(type, hit, text);
    if (own != null) {
      return own;
    }
    Integer group = args.firstAfter(hit.end(), latin ? 6 : 3, Arguments.GROUP);
    if (group != null && latin && !linkedByOf(hit.first(), args.candidate(group).first())) {
      group = null; // "fighters could defect to ISWAP": beyond a word or two, only "of/de/in" ties role and group
    }
    Integer person;
    // "الظواهري، ولأمير القاعدة في بلاد المغرب أبي مصعب": a role word that opens with "و" starts the next item of a
    // list, so the name before it is not the one it describes
    boolean coordinated = hit.offsetInFirst() > 0 && ctx.analysis().folded(hit.first()).startsWith("\u0648");
    if (group != null) {
      person = coordinated ? null : args.nearestEndingBefore(hit.first(), latin ? 5 : 3, Arguments.PERSON);
      if (person == null || args.candidate(person).kind() == Candidate.Kind.UNNAMED) {
        // apposition after the group: "أحد قيادات كتيبة عقبة بن نافع التونسية، الإرهابي صفي الدين"
        Integer after = args.firstAfter(args.candidate(group).end(), 6, Arguments.PERSON);
        if (after != null && args.candidate(after).kind() != Candidate.Kind.UNNAMED) {
          person = after;
        }
      }
    } else {
      // English and French pre-modifiers: "AQIM leader Abdelmalek Droukdel"
      group = args.nearestBefore(hit.first(), 4, Arguments.GROUP);
      if (group != null && args.candidate(group).end() != hit.first()) {
        group = null;
      }
      person = group == null ? null : args.firstAfter(hit.end(), 2, Arguments.PERSON);
    }
    if (group != null && person == null && !coordinated) {
      person = droppedSubject(hit, text);
    }
    boolean belonging = text.startsWith("ينتم") || text.startsWith("المنتم") || text.startsWith("تنتم")
        || text.startsWith("belonging") || text.startsWith("appartenant");
    if (group == null || person == null
        || (args.candidate(person).kind() == Candidate.Kind.UNNAMED && !belonging)) {
      return null; // unnamed actors get their group from "مبعوث من X"; "عنصرين ينتميان إلى X" says it outright
    }
    return new RelationMention(type, hit.first())
        .add(Role.SUBJECT, args.entity(person)).add(Role.OBJECT, args.entity(group));
  }
}
