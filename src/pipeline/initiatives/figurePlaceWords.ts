/**
 * The words and marks by which figurePlace reads where a figure belongs, in one documented object: the boundaries it
 * scans within, and the words that make a place a neighbour, a container, an example or a part rather than the topic.
 */
export const FIGURE_PLACE = {
  /** Marks that end a sentence: a place named before one of them does not reach past it. */
  sentenceEnds: '。！？!?；;\n',
  /** Marks that end a paragraph. */
  paragraphEnds: '\n',
  /** Marks that end a clause inside a sentence. */
  clauseEnds: '，,：:',
  /** Words that put a number at national scope, which no map place stands for. */
  national: ['全国', '我国', '中国', '国家级'],
  /** Words after which a place says where the one before it lies (都兰社区地处|青山区): its container, not the topic. */
  locative: ['地处', '位于', '坐落于', '坐落在', '地处于', '隶属于', '隶属'],
  /**
   * A part of a place after it (…,乌兰察布市|西北部, 巴彦淖尔市|河套平原西北部): like a locative word, it says where the one
   * before lies.
   */
  positionAfter: /^\p{Script=Han}{0,4}?[东南西北中]{1,2}[部端]/u,
  /**
   * What joins the two ends of a route or a stretch (乌海至东胜一线, 乌兰镇到鄂前旗的线路, 呼和浩特—锡林浩特省道): places
   * it passes, not the topic; a doubled dash (家乡——塔布赛乡) sets off an aside instead.
   */
  routeJoin: '至到—－-~～',
  /**
   * A place as the frame of a rank (居赤峰市首位, 位列全盟第一): where the thing ranks, not what the figures are about. An
   * ordinal after a place needs the rank verb before it (包头市第一中学 is a name).
   */
  rankAfter: /^的?(?:首位|前列|之首|榜首)/,
  /** The rank verb before a place (位列|全盟第一) and the ordinal after it, which count only together. */
  rankVerb: /(?:居|位居|位列|名列|排名|排在)$/,
  rankOrdinal: /^的?(?:第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d])/,
  /**
   * A first (自治区首家, 松山区首个): the frame when it is the region, or when a place inside it was named before it in the
   * sentence (临潢家园社区…建立了松山区首个…); else the place the first thing stands in (科右中旗首个肉牛交易市场).
   */
  firstAfter: /^的?首[家个批座所条]/,
  /** Words before a place that make it the set something becomes part of (成为呼和浩特市乡村振兴的标杆, 列入自治区…名单). */
  frameBefore: /(?:成为|列入|纳入|跻身)$/,
  /** The rest of a clause naming the set something is one of (自治区|33个牧业旗之一). */
  oneOf: /^[^，,。；;：:]{0,14}之一/,
  /**
   * Words after a figure that open its parts (共15万亩,其中一家河村1.8万亩; 面积720平方公里,现辖白桦林社区…): a place after them is
   * a part, not the whole.
   */
  partsAfter: ['其中', '包括', '下辖', '现辖', '辖有', '共辖'],
  /**
   * 等 and a numeral, 多, 几 or 地 after a place (托克托县等41个旗县, 山东、四川等多个省区, 北京、上海等地, …等西部邻近旗县
   * 14个): the place is one example of a set, which a figure counts or which is only where something comes from or goes.
   */
  exampleOfCount: /^等(?:[^\P{Script=Han}及和与的]{0,6}?[\d一二三四五六七八九十两百千几数多]|地)/u,
  /**
   * Words before a place far away, or before the first of a list of them, that make it a source, a destination, a partner
   * or the agent a figure came through (从黑龙江引进, 销往北京, 来自河北、北京的游客, 经自治区…中心测产): it says nothing of the
   * figures in later clauses, which are the story's own.
   */
  partnerBefore: /(?:从|自|到|往|赴|向|来自|销往|运往|与|同|跟|引进|联系|对接|经)$/,
  /**
   * People a place far away qualifies (吉林租赁户, 北京游客, 浙江客商): where they come from, a partner like the above.
   */
  peopleAfter: /^(?:籍|的)?(?:游客|客商|商人|商户|租赁户|承包户|种植户|老板|客人|专家|学生|老师|医生|志愿者|企业家)/,
  /**
   * Words before the region that make it where money or a title comes from (争取自治区…补助资金1742万元, 获评自治区…园区): the
   * figure is the place's that got it, not the region's.
   */
  sourceBefore: /(?:争取|获得|申请|利用|得到|获评|荣获|评为|入选)$/,
  /**
   * Units a figure counts, right after it (17个行政村, 3个苏木乡镇, 8个旗县): no unit of that level or below owns the count, but
   * a natural village or a villagers' group is a part a village has (3个自然村, 12个村民小组).
   */
  unitsCounted: /^(?:行政)?(村(?![民级委集两组庄内里小])|嘎查村?(?![民牧])|社区|居委会|苏木|乡镇|镇(?!长)|乡(?![村亲])|街道|旗县|旗(?![帜级直属])|县(?![级城长直属]))/,
  /**
   * Words in such a count's clause that make the units what the subject was formed from (由山后3个嘎查村合并, 原A、B两个苏木合并
   * 而成): its own.
   */
  formedFrom: /由|原/,
  formedInto: /合并|撤并|组建|组成/,
  /**
   * An organisation's name after the region's (内蒙古农业大学, 自治区人民医院, 内蒙古日报): after a partner's word, such an
   * organisation is a partner like a place far away.
   */
  regionOrganisation: /^\p{Script=Han}{0,8}?(?:大学|学院|医院|研究院|研究所|协会|学会|基金会|公司|集团|银行|日报|报社|电视台|中心|厅|局|站)/u,
  /**
   * How a paragraph that goes on with the person of the one before opens: a pronoun, or a quote of speech (a quoted term
   * such as “一车”即… holds no sentence mark).
   */
  continuesPerson: /^[\s\u3000]*(?:他|她|[“"「『][^”"」』]*?[，,。！？!?])/,
  /** The country's count of its nationalities (56个民族像石榴籽一样…): a figure of the country wherever it is written. */
  nationalities: { value: 56, after: '民族' },
  /** Words right before a figure that make it the country's (全国560个…之一), whatever place the clause names first. */
  nationalRight: /(?:全国|我国|中国)(?:共有|共|有|已有)?$/,
  /** Units and labels of a rate, which a list of places holds each on its own (A、B完成45%以上), never summed. */
  rateUnits: ['%', '百分点', '个百分点', '倍', '‰'],
  rateLabel: /每|人均|户均|亩均|均价|单价|平均/,
  /**
   * A unit word that opens a clause of a figure's sentence bare, past a word of time (2023年嘎查集体经济收入达到24万元,
   * 前年,村集体经济收入…): "the gacha" as the subject, the last one written with that word before, even when another
   * place stood between (旗里帮扶建成的…). Inside a clause it is mostly attributive (225名社区党员) and says nothing.
   */
  bareUnit: /^\s*(?:(?:\d{4}年(?:底|末|初)?|今年|去年|前年|目前|如今|现在|近年来|同时|此外)\s*)?(嘎查(?!村)|社区|苏木|街道|村(?=集体|两委|党))/,
};
