// The demo's embedded story: one invented news item (a company building a
// data-centre campus) told by six outlets in six languages. The text is
// original to figcheck. Each version states the same figures in the same
// order, so figcheck can align them, and some versions carry a seeded error.
//
// Seeded conflicts (every version of these figures is marked "conflict",
// because a figure conflicts when any counterpart does):
//   valuation  en "$2 trillion" is a x10 slip against "200 bilhões",
//              "200.000 millones", "200 milliards", "200 مليار", "2000亿".
//   GPUs       pt "centenas de milhares" (vague, [1e5, 1e6)) against
//              "tens of thousands" and its translations ([1e4, 1e5)).
//   loan       es "3 billones de euros" is 3e12 (long scale) against "€3 billion".
//   jobs       zh "6000个" (a point) lies outside "between 3,000 and 4,000".
//
// Seeded agreements that only look like conflicts (marked "agree"):
//   investment "500亿美元" = "$50 billion" = "50.000 millones de dólares".
//   phase one  "2000 مليون دولار" = "$2 billion" = "20亿美元".
//   power      "0,15 GW" = "150 MW" = "150 ميغاواط" = "150兆瓦".
//   market     "1,7 billones" (es) and "1,7 trillion" (fr, read as the
//              English trillion) = "$1.7 trillion" = "1.7万亿美元".
//
// And one figure with no counterpart: en "30 months" (marked "none").
// Years (2027) and weekdays (周二, الثلاثاء) are not figures.

export const STORY = {
  title: 'Kestrel Systems builds a data-centre campus in Portugal',
  notes: [
    'A ×10 slip: the English wire values Kestrel at $2 trillion; the others say 200 billion.',
    'A long-scale trap: the Spanish "3 billones de euros" is 3 trillion, not €3 billion.',
    'Vague against vague: "centenas de milhares de GPUs" against "tens of thousands of GPUs".',
    'A point outside a range: 6000个就业岗位 against "between 3,000 and 4,000 jobs".',
    'Look-alikes that agree: 500亿美元 = $50 billion, 2000 مليون دولار = $2 billion, 0,15 GW = 150 MW, 1,7 billones = $1.7 trillion.',
  ],
  reports: [
    {
      name: 'wire-en.txt',
      lang: 'en',
      text:
        'Kestrel Systems will spend $50 billion on a data-centre campus near Sines, ' +
        "on Portugal's Atlantic coast, the company said on Tuesday. " +
        'The first phase, costing $2 billion, will draw 150 MW of power when it opens in 2027. ' +
        'Investors valued Kestrel at $2 trillion in its latest funding round. ' +
        'The campus will house tens of thousands of GPUs. ' +
        'The European Investment Bank will lend €3 billion for the project, ' +
        'which is expected to create between 3,000 and 4,000 jobs. ' +
        'Analysts put the global market for AI infrastructure at $1.7 trillion. ' +
        'Construction is expected to take 30 months.',
    },
    {
      name: 'akhbar-ar.txt',
      lang: 'ar',
      text:
        'قالت شركة كيسترل سيستمز يوم الثلاثاء إنها ستنفق 50 مليار دولار على مجمع لمراكز البيانات ' +
        'قرب سينيش على الساحل الأطلسي للبرتغال. ' +
        'وستكلف المرحلة الأولى 2000 مليون دولار، وستستهلك 150 ميغاواط من الكهرباء عند افتتاحها في عام 2027. ' +
        'وقدّر المستثمرون قيمة الشركة بـ200 مليار دولار في جولة التمويل الأخيرة. ' +
        'وسيضم المجمع عشرات الآلاف من وحدات معالجة الرسومات. ' +
        'وسيقرض بنك الاستثمار الأوروبي المشروع 3 مليارات يورو، ' +
        'ومن المتوقع أن يوفر المشروع نحو ٣٥٠٠ وظيفة. ' +
        'ويقدّر المحللون حجم السوق العالمية للبنية التحتية للذكاء الاصطناعي بنحو 1.7 تريليون دولار.',
    },
    {
      name: 'xinwen-zh.txt',
      lang: 'zh',
      text:
        '凯斯特尔系统公司周二表示，将斥资500亿美元在葡萄牙大西洋沿岸的锡尼什附近建设数据中心园区。' +
        '第一期工程耗资20亿美元，将于2027年投入使用，届时用电功率为150兆瓦。' +
        '投资者在最近一轮融资中对该公司的估值为2000亿美元。' +
        '园区将容纳数万块GPU。' +
        '欧洲投资银行将为该项目提供30亿欧元贷款，项目预计将创造6000个就业岗位。' +
        '分析师估计，全球人工智能基础设施市场规模为1.7万亿美元。',
    },
    {
      name: 'jornal-pt.txt',
      lang: 'pt',
      text:
        'A Kestrel Systems vai investir US$ 50 bilhões em um complexo de data centers perto de Sines, ' +
        'no litoral atlântico de Portugal, informou a empresa nesta terça-feira. ' +
        'A primeira fase, que custará US$ 2 bilhões, vai consumir 0,15 GW de energia quando for inaugurada em 2027. ' +
        'Os investidores avaliaram a Kestrel em US$ 200 bilhões na sua última rodada de financiamento. ' +
        'O complexo abrigará centenas de milhares de GPUs. ' +
        'O Banco Europeu de Investimento vai emprestar 3 bilhões de euros para o projeto, ' +
        'que deve criar 3.500 empregos. ' +
        'Analistas estimam o mercado global de infraestrutura de IA em US$ 1,7 trilhão.',
    },
    {
      name: 'diario-es.txt',
      lang: 'es',
      text:
        'Kestrel Systems invertirá 50.000 millones de dólares en un campus de centros de datos cerca de Sines, ' +
        'en la costa atlántica de Portugal, anunció la empresa el martes. ' +
        'La primera fase, que costará 2.000 millones de dólares, consumirá 150 megavatios cuando abra en 2027. ' +
        'Los inversores valoraron Kestrel en 200.000 millones de dólares en su última ronda de financiación. ' +
        'El campus albergará decenas de miles de GPU. ' +
        'El Banco Europeo de Inversiones prestará 3 billones de euros para el proyecto, ' +
        'que creará entre 3.000 y 4.000 empleos. ' +
        'Los analistas cifran el mercado mundial de infraestructura de IA en 1,7 billones de dólares.',
    },
    {
      name: 'quotidien-fr.txt',
      lang: 'fr',
      text:
        "Kestrel Systems va investir 50 milliards de dollars dans un campus de centres de données près de Sines, " +
        "sur la côte atlantique du Portugal, a annoncé l'entreprise mardi. " +
        "La première phase, d'un coût de 2 milliards de dollars, consommera 150 MW à son ouverture en 2027. " +
        "Les investisseurs ont valorisé Kestrel à 200 milliards de dollars lors de sa dernière levée de fonds. " +
        "Le campus accueillera des dizaines de milliers de GPU. " +
        "La Banque européenne d'investissement prêtera 3 milliards d'euros au projet, " +
        "qui devrait créer environ 3\u00a0500 emplois. " +
        "Les analystes évaluent le marché mondial des infrastructures d'IA à 1,7 trillion de dollars.",
    },
  ],
};

/**
 * What figcheck should find in the story, worked out by hand: for each report,
 * in reading order, an anchor (a substring of the text that occurs once and
 * lies inside the figure, whatever exact span the engine gives it), the
 * verdict the demo must show (with six reports, each planted slip is red and
 * the figures it contradicts, which the other reports agree with, are
 * "upheld": amber), and what the figure states (figures of different
 * reports are counterparts only when they state the same thing). The tests
 * assert these; the page does not use them.
 */
export const EXPECTED = {
  'wire-en.txt': [
    ['$50 billion', 'agree', 'investment'],
    ['$2 billion', 'agree', 'phase-one cost'],
    ['150 MW', 'agree', 'power'],
    ['$2 trillion', 'conflict', 'valuation'],
    ['tens of thousands of GPUs', 'upheld', 'GPUs'],
    ['€3 billion', 'upheld', 'loan'],
    ['between 3,000 and 4,000 jobs', 'upheld', 'jobs'],
    ['$1.7 trillion', 'agree', 'market'],
    ['30 months', 'none', 'duration'],
  ],
  'akhbar-ar.txt': [
    ['50 مليار دولار', 'agree', 'investment'],
    ['2000 مليون دولار', 'agree', 'phase-one cost'],
    ['150 ميغاواط', 'agree', 'power'],
    ['200 مليار دولار', 'upheld', 'valuation'],
    ['عشرات الآلاف من وحدات معالجة الرسومات', 'upheld', 'GPUs'],
    ['3 مليارات يورو', 'upheld', 'loan'],
    ['نحو ٣٥٠٠ وظيفة', 'upheld', 'jobs'],
    ['1.7 تريليون دولار', 'agree', 'market'],
  ],
  'xinwen-zh.txt': [
    ['500亿美元', 'agree', 'investment'],
    ['20亿美元', 'agree', 'phase-one cost'],
    ['150兆瓦', 'agree', 'power'],
    ['2000亿美元', 'upheld', 'valuation'],
    ['数万块GPU', 'upheld', 'GPUs'],
    ['30亿欧元', 'upheld', 'loan'],
    ['6000个就业岗位', 'conflict', 'jobs'],
    ['1.7万亿美元', 'agree', 'market'],
  ],
  'jornal-pt.txt': [
    ['US$ 50 bilhões', 'agree', 'investment'],
    ['US$ 2 bilhões', 'agree', 'phase-one cost'],
    ['0,15 GW', 'agree', 'power'],
    ['US$ 200 bilhões', 'upheld', 'valuation'],
    ['centenas de milhares de GPUs', 'conflict', 'GPUs'],
    ['3 bilhões de euros', 'upheld', 'loan'],
    ['3.500 empregos', 'upheld', 'jobs'],
    ['US$ 1,7 trilhão', 'agree', 'market'],
  ],
  'diario-es.txt': [
    ['50.000 millones de dólares', 'agree', 'investment'],
    ['2.000 millones de dólares', 'agree', 'phase-one cost'],
    ['150 megavatios', 'agree', 'power'],
    ['200.000 millones de dólares', 'upheld', 'valuation'],
    ['decenas de miles de GPU', 'upheld', 'GPUs'],
    ['3 billones de euros', 'conflict', 'loan'],
    ['entre 3.000 y 4.000 empleos', 'upheld', 'jobs'],
    ['1,7 billones de dólares', 'agree', 'market'],
  ],
  'quotidien-fr.txt': [
    ['50 milliards de dollars', 'agree', 'investment'],
    ['2 milliards de dollars', 'agree', 'phase-one cost'],
    ['150 MW', 'agree', 'power'],
    ['200 milliards de dollars', 'upheld', 'valuation'],
    ['dizaines de milliers de GPU', 'upheld', 'GPUs'],
    ["3 milliards d'euros", 'upheld', 'loan'],
    ['environ 3\u00a0500 emplois', 'upheld', 'jobs'],
    ['1,7 trillion de dollars', 'agree', 'market'],
  ],
};
