package org.marsad.kb.gazetteer;

/**
 * Words that are also village names somewhere, written by the Marsad team from general knowledge of English,
 * French and Arabic news. The lexicon's given names, titles, cue words and ambiguous words are added at run time
 * ({@link NameGuard}); these lists cover what those files do not.
 *
 * <p>Latin: the extractor only takes a capitalised Latin word for a name, so the risk lies in words that are
 * capitalised anyway (days, months, peoples, titles, West African surnames) or that open a sentence or a headline.
 * Arabic has no capitals: any common word, with or without its article, would fire.
 */
final class CommonWords {
  static final String LATIN = String.join(" ",
      "monday tuesday wednesday thursday friday saturday sunday january february march april may june july",
      "august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier",
      "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
      "african arab arabs arabe arabes berber berbere tuareg touareg fulani peul peuls fula hausa haoussa songhai",
      "songhay sonrai dogon bambara mossi kanuri toubou tubu zaghawa french francais english anglais american",
      "russian russe chinese turkish islamic islam islamique muslim musulman christian chretien jihad western",
      "northern southern eastern central north south east west nord sud est ouest centre center",
      "president minister ministre general colonel captain capitaine commander commandant major lieutenant",
      "sergeant sergent emir sheikh cheikh imam king roi prince sultan chief chef governor gouverneur mayor maire",
      "prefect prefet judge juge doctor docteur",
      "the this that these those there their they then than when where what which while with without within",
      "after before during since until under over above below between among against about also but and for",
      "from into upon here however meanwhile according some many most more much several other others another",
      "each every both all any none only just even still yet again already now today yesterday tomorrow last",
      "next first second third new old great good high long little small large big early late well back home",
      "town city village camp base road river lake mountain hill valley desert forest border market station port",
      "airport bridge school hospital prison mosque church police army force forces group state government",
      "people security peace war attack attacks killed dead death fire gold mine mines water wells spring oasis",
      "sand stone rock garden farm field island beach gate union unity liberty freedom independence victory hope",
      "faith light star sun moon red white black green blue yellow mission operation patrol convoy soldiers",
      "troops militants rebels fighters hostages",
      "les une des aux mais donc pour par sur sous dans avec sans chez vers entre contre depuis pendant avant",
      "apres selon lors alors ainsi aussi encore deja puis enfin cette ces son ses leur leurs nous vous ils elles",
      "elle qui que quoi dont quand comme tout tous toute toutes plusieurs certains autre autres meme chaque aucun",
      "ville route fleuve riviere lac mont montagne colline vallee foret frontiere marche gare aeroport pont",
      "ecole hopital mosquee eglise armee groupe etat gouvernement peuple securite paix guerre attaque attaques",
      "mort morts tues feu eau puits source sable pierre roche jardin ferme champ ile plage porte unite liberte",
      "independance victoire espoir foi lumiere etoile soleil lune rouge blanc blanche noir noire vert verte bleu",
      "jaune grand grande petit petite nouveau nouvelle vieux haut bon bonne beau belle premier premiere dernier",
      "soldats militaires rebelles otages patrouille convoi saint sainte san santa sidi ben bou ould ain bir oued",
      "djebel jebel hassi tin");

  /** West African surnames and given names the lexicon's given-name list lacks: names, not words. */
  static final String LATIN_NAMES = String.join(" ",
      "keita traore diallo toure coulibaly cisse maiga sidibe konate diarra sangare kone ouedraogo sawadogo",
      "kabore compaore dicko sylla camara bah barry sow ndiaye diop fall sall gueye kane diouf mbaye seck thiam",
      "niang faye diakite doumbia dembele fofana bamba sanogo dao tall wade issoufou bazoum tiani goita deby",
      "mahamat idriss ibrahim abdou moussa oumarou hama amadou boubacar seydou adama hamidou");

  static final String ARABIC = String.join(" ",
      "السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة",
      "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر جانفي فيفري أفريل ماي",
      "جوان جويلية أوت محرم صفر ربيع رجب شعبان رمضان شوال",
      "مدينة قرية بلدة سوق جبل جبال وادي واد عين بئر بير قصر برج حمام رأس مركز محطة مطار ميناء جسر سد حي مخيم",
      "معسكر قاعدة ثكنة طريق نهر بحيرة واحة صحراء غابة حدود منطقة ولاية عاصمة ساحة مدرسة جامعة مسجد جامع سجن",
      "مستشفى منجم مزرعة حديقة جزيرة شاطئ ميدان ملعب زاوية قلعة دار بيت باب منزل كهف غار بحر نخيل نخلة ساقية",
      "سلام نصر فتح وحدة حرية استقلال أمل نور فجر خير بركة رحمة هدى شهداء ثورة جمهورية نهضة أمان أمن مستقبل",
      "صمود عزة كرامة تحرير جهاد إسلام إيمان تقدم عروبة وطن شعب دولة حكومة جيش شرطة",
      "أحمر أبيض أسود أخضر أزرق أصفر بيضاء حمراء خضراء سوداء كبير كبرى صغير صغرى جديد جديدة قديم قديمة عليا",
      "سفلى وسطى شرقية غربية شمالية جنوبية شرقي غربي شمالي جنوبي",
      "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة مائة ألف أول ثاني ثالث",
      "يوم ليلة صباح مساء أمس غدا الآن عام سنة شهر أسبوع اليوم",
      "هجوم قتل قتلى جرحى هجمات انفجار عملية معركة حرب سلاح أسلحة رهائن مسلحين مسلحون جنود قوات",
      "ملك أمير شيخ قائد رئيس وزير والي عمدة");

  private CommonWords() {
  }
}
