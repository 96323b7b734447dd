/**
 * Demo knowledge entries for the demo district's common consultations. Written for the demo: plausible, not
 * copied from any government page, and marked as demo content wherever they are shown. Compact form:
 * materials as 'name*copies@issuer#notes', a leading '?' for an optional item; `review` in days from the day
 * the demo is loaded (negative: overdue).
 */
export interface DemoEntry {
  catalog: string;
  kind: 'policy' | 'guide' | 'faq';
  /** demo unit key (units.ts) */
  owner: string;
  categories: string[];
  title: string;
  answer: string;
  body?: string;
  materials?: string[];
  keywords?: string[];
  review: number;
}

const ID = '居民身份证原件及复印件';
const HUKOU = '户口簿原件及复印件';
const PHOTO = '近期一寸免冠白底彩色照片*2';

export const DEMO_ENTRIES: DemoEntry[] = [
  // 户籍
  {
    catalog: '01.01',
    kind: 'guide',
    owner: 'dept.gaj',
    categories: ['C21.01'],
    title: '新生儿出生登记（报户口）',
    answer:
      '新生儿出生后一个月内，由父母一方持出生医学证明、父母身份证和户口簿到户籍所在地派出所户籍窗口办理出生登记，当场可办结。',
    body: '办理条件：父母一方为本区常住户口。办理地点：户籍所在地派出所。办理时限：材料齐全当场办结。超过一个月办理的，需另行说明情况。',
    materials: [
      '出生医学证明原件',
      '父母双方' + ID,
      '父母双方户口簿原件',
      '?结婚证原件#非婚生育的提交亲子关系说明',
    ],
    keywords: ['上户口', '报户口', '新生儿落户'],
    review: 200,
  },
  {
    catalog: '01.01',
    kind: 'guide',
    owner: 'dept.gaj',
    categories: ['C21.01'],
    title: '户口迁入（投靠直系亲属）',
    answer:
      '投靠配偶、子女或父母迁入本区户口，需符合本市投靠条件，由本人或亲属持材料到拟迁入地派出所申请，审核通过后开具准迁证。',
    body: '投靠配偶：结婚满10年且申请人年龄男45周岁、女40周岁以上；投靠子女：男60周岁、女55周岁以上且本市无其他子女；具体以派出所审核为准。审核时限一般20个工作日。',
    materials: [
      ID,
      '投靠人及被投靠人' + HUKOU,
      '结婚证或亲属关系证明@户籍地派出所或公证机构',
      '被投靠人住房证明*1',
      PHOTO,
    ],
    keywords: ['投靠', '迁户口', '落户'],
    review: -40,
  },
  {
    catalog: '01.01',
    kind: 'guide',
    owner: 'dept.gaj',
    categories: ['C21.01'],
    title: '户口迁出',
    answer:
      '户口迁往外省市的，先到迁入地取得准迁证，再持准迁证、户口簿和身份证到本区户籍所在地派出所办理迁出，领取迁移证。',
    materials: ['准迁证原件@迁入地公安机关', HUKOU, ID],
    keywords: ['迁出', '迁移证'],
    review: 150,
  },
  {
    catalog: '01.01',
    kind: 'faq',
    owner: 'dept.gaj',
    categories: ['C21.01'],
    title: '户口簿丢了怎么补办？',
    answer:
      '户口簿遗失的，由户主或家庭成员持本人身份证到户籍所在地派出所申请补领，一般当场或3个工作日内补发，不收费。',
    materials: ['申请人' + ID, '?户主身份证复印件'],
    keywords: ['户口本丢失', '补办户口本'],
    review: 90,
  },
  {
    catalog: '01.01',
    kind: 'guide',
    owner: 'dept.gaj',
    categories: ['C21.01'],
    title: '死亡注销户口',
    answer:
      '公民死亡后，由家属持死亡证明、死者户口簿和身份证到户籍所在地派出所办理户口注销，同时交回死者居民身份证。',
    materials: ['死亡医学证明或死亡证明@医疗机构或公安机关', '死者户口簿', '死者居民身份证', '办理人' + ID],
    keywords: ['注销户口', '销户'],
    review: 300,
  },
  // 身份证与居住证
  {
    catalog: '01.02',
    kind: 'guide',
    owner: 'dept.gaj',
    categories: ['C21.02'],
    title: '居住证首次申领',
    answer:
      '在本区居住满半年、符合有合法稳定就业、合法稳定住所或连续就读条件之一的，可持身份证和居住登记凭证、住所证明到居住地派出所申领居住证，15个工作日内制发。',
    body: '申领条件：已办理居住登记满6个月，并具备合法稳定就业、合法稳定住所、连续就读条件之一。办理地点：居住地派出所或社区服务站代办点。制证时限15个工作日，首次申领免收工本费。',
    materials: [
      ID,
      '居住登记凭证',
      '房屋租赁合同或房屋产权证明*1',
      '?劳动合同或营业执照复印件#以就业为条件申领的提交',
      '?在读证明@学校#以就读为条件申领的提交',
      '近期一寸免冠白底彩色照片*1',
    ],
    keywords: ['居住证', '暂住证', '居住登记'],
    review: -20,
  },
  {
    catalog: '01.02',
    kind: 'faq',
    owner: 'dept.gaj',
    categories: ['C21.02'],
    title: '居住证需要每年签注吗？',
    answer:
      '居住证每年签注一次。持证人在有效期内连续居住的，于期满前30日内持居住证和住所证明到居住地派出所或通过政务服务网办理签注，逾期未签注的居住证暂停使用。',
    materials: ['居住证原件', '房屋租赁合同或房屋产权证明'],
    keywords: ['签注', '居住证续期'],
    review: 45,
  },
  {
    catalog: '01.02',
    kind: 'guide',
    owner: 'dept.gaj',
    categories: ['C21.02'],
    title: '居民身份证换领、补领',
    answer:
      '身份证到期换领或遗失补领，可到任一派出所户籍窗口办理，现场采集照片和指纹，一般20个工作日内制发，可选择邮寄。',
    body: '到期换领可在有效期满前3个月内申请。补领需缴纳工本费20元，换领工本费20元。急需用证的可同时申请临时身份证。',
    materials: [HUKOU, '?原身份证#换领时交回'],
    keywords: ['身份证过期', '身份证丢失', '补办身份证'],
    review: 120,
  },
  {
    catalog: '01.02',
    kind: 'faq',
    owner: 'dept.gaj',
    categories: ['C21.02'],
    title: '临时身份证怎么办理？',
    answer:
      '在申请领取、换领或补领身份证期间急需使用的，可同时向受理的派出所申请临时身份证，一般当场或3个工作日内领取，有效期3个月，工本费10元。',
    materials: [HUKOU, '近期一寸免冠白底彩色照片*1'],
    keywords: ['临时身份证'],
    review: 60,
  },
  {
    catalog: '01.02',
    kind: 'policy',
    owner: 'dept.gaj',
    categories: ['C21.02'],
    title: '居住证持有人享有的基本公共服务',
    answer:
      '持有本市居住证的，可按规定享有义务教育随迁子女入学、基本公共就业服务、基本公共卫生服务、计划生育服务、公共文化体育服务和法律援助等服务，具体条件以各主管部门规定为准。',
    keywords: ['居住证权益', '居住证用途'],
    review: 10,
  },
  // 社会保险
  {
    catalog: '02.01',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.03'],
    title: '灵活就业人员参加社会保险',
    answer:
      '本市户籍的灵活就业人员，可持身份证到户籍所在街道（乡镇）社会保障事务所办理参保登记，按月缴纳养老、失业和医疗保险，缴费基数可在上下限之间自选。',
    materials: [ID, '?户口簿#非本人户籍地办理时提交', '银行借记卡*1#用于代扣社保费'],
    keywords: ['个人交社保', '自由职业社保', '灵活就业'],
    review: 100,
  },
  {
    catalog: '02.01',
    kind: 'faq',
    owner: 'dept.rsj',
    categories: ['C16.03'],
    title: '怎么查询个人社保缴费记录？',
    answer:
      '可通过北京通App或人力资源和社会保障局网站“个人权益记录”查询，也可持身份证到任一街道社保所或区社保中心自助机打印缴费明细。',
    keywords: ['社保记录', '社保查询', '缴费明细'],
    review: 180,
  },
  {
    catalog: '02.01',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.03'],
    title: '社保关系转移（跨省转入）',
    answer:
      '在外省市参保后到本区就业的，由新单位或本人向区社保中心提出转入申请，转出地出具参保缴费凭证后，两地社保机构办理转移接续，一般45个工作日内完成。',
    materials: [ID, '参保缴费凭证@转出地社保经办机构', '?转移接续申请表*1'],
    keywords: ['社保转移', '转社保', '养老保险转移'],
    review: 75,
  },
  {
    catalog: '02.01',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.05'],
    title: '企业职工退休申领养老金',
    answer:
      '达到法定退休年龄、累计缴费满15年的，由所在单位或存档机构在退休前一个月申报，经区社保中心审核后次月起按月发放基本养老金。',
    body: '法定退休年龄按国家渐进式延迟退休规定执行。以个人身份参保的，由本人到户籍所在街道社保所申报。',
    materials: [ID, '个人档案@单位或存档机构', '退休审批表*2', '?本人银行借记卡#养老金发放账户'],
    keywords: ['办退休', '养老金', '退休手续'],
    review: -75,
  },
  {
    catalog: '02.01',
    kind: 'faq',
    owner: 'dept.rsj',
    categories: ['C16.05'],
    title: '养老金资格认证还要每年去现场吗？',
    answer:
      '不需要。离退休人员的待遇资格认证通过数据比对自动完成，无法比对的可通过北京通App人脸识别认证，行动不便的可申请社区工作人员上门认证。',
    keywords: ['资格认证', '领取养老金认证', '生存认证'],
    review: 140,
  },
  {
    catalog: '02.01',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.03'],
    title: '申领失业保险金',
    answer:
      '非本人意愿中断就业、已办理失业登记并有求职要求，且失业前累计缴纳失业保险满1年的，可在北京通App或户籍所在街道社保所申领失业保险金。',
    materials: [ID, '解除或终止劳动合同证明@原单位', '银行借记卡*1'],
    keywords: ['失业金', '失业保险', '领失业金'],
    review: 35,
  },
  // 医疗保障
  {
    catalog: '02.02',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C18.01'],
    title: '城乡居民基本医疗保险参保缴费',
    answer:
      '本区户籍的老年人、学生儿童、劳动年龄内居民，以及持居住证的非本市户籍人员，可在每年9月至12月集中缴费期内，到户籍所在社区或街道社保所办理次年城乡居民医保参保缴费。',
    materials: [ID, HUKOU, '?居住证#非本市户籍人员提交', '?在校证明@学校#学生儿童'],
    keywords: ['城乡居民医保', '一老一小', '交医保'],
    review: 25,
  },
  {
    catalog: '02.02',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C18.01'],
    title: '异地就医备案',
    answer:
      '长期在外省市居住或工作的参保人员，可通过国家医保服务平台App或北京通App办理异地就医备案，备案后在就医地定点医院直接结算。',
    materials: [ID, '?居住证明或工作证明#长期异地居住或工作的选择提交，也可承诺制办理'],
    keywords: ['异地就医', '医保备案', '外地看病报销'],
    review: 160,
  },
  {
    catalog: '02.02',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C18.01'],
    title: '医疗费用手工报销',
    answer:
      '因急诊、异地未备案等原因在医院全额垫付的医疗费，可在就诊后持票据和病历到所在单位或街道社保所申请手工报销，一般30个工作日内拨付。',
    materials: ['医疗费用收据原件', '费用明细清单', '门诊病历或出院诊断证明', ID, '银行借记卡*1'],
    keywords: ['医保报销', '垫付报销', '手工报销'],
    review: 95,
  },
  {
    catalog: '02.02',
    kind: 'faq',
    owner: 'dept.rsj',
    categories: ['C18.01'],
    title: '门诊慢特病怎么申请？',
    answer:
      '患有门诊慢特病的参保人员，持二级以上定点医院的诊断证明到定点医院医保办申请认定，认定后在定点医院门诊治疗按规定比例报销。',
    materials: ['诊断证明@二级以上定点医院', '相关检查报告', '医保卡'],
    keywords: ['慢性病', '门特', '慢特病'],
    review: -5,
  },
  {
    catalog: '02.02',
    kind: 'faq',
    owner: 'dept.rsj',
    categories: ['C18.01'],
    title: '医保卡丢了怎么补？',
    answer:
      '社保卡遗失的，先通过北京通App或客服电话挂失，再到合作银行网点或街道社保所申请补卡，补卡期间可使用医保电子凭证就医。',
    materials: [ID],
    keywords: ['社保卡丢失', '医保卡补办', '社保卡挂失'],
    review: 210,
  },
  // 养老服务
  {
    catalog: '02.03',
    kind: 'policy',
    owner: 'dept.mzj',
    categories: ['C20.01'],
    title: '高龄老年人津贴',
    answer:
      '本区户籍年满80周岁的老年人，按年龄段按月发放高龄津贴，由社区居委会或村委会代为申报，街道（乡镇）审核后发放至本人社保卡。',
    materials: [ID, HUKOU, '本人社保卡'],
    keywords: ['高龄津贴', '老年人补贴', '80岁补贴'],
    review: 55,
  },
  {
    catalog: '02.03',
    kind: 'guide',
    owner: 'dept.mzj',
    categories: ['C20.01'],
    title: '居家养老服务（助餐、助洁、助浴）',
    answer:
      '本区60周岁以上老年人可通过社区养老服务驿站预约助餐、助洁、助浴等服务，经济困难、失能、独居老年人按规定享受服务补贴。',
    materials: [ID, '?经济困难或失能评估证明@街道（乡镇）'],
    keywords: ['养老驿站', '老年餐桌', '助餐'],
    review: 130,
  },
  {
    catalog: '02.03',
    kind: 'guide',
    owner: 'dept.mzj',
    categories: ['C20.01'],
    title: '老年人能力评估与失能护理补贴',
    answer:
      '失能或部分失能的本区户籍老年人，可由本人或家属向社区提出能力评估申请，评估为失能的按等级享受护理补贴。',
    materials: [ID, HUKOU, '?近期诊断证明@医疗机构'],
    keywords: ['失能', '护理补贴', '能力评估'],
    review: -60,
  },
  {
    catalog: '02.03',
    kind: 'faq',
    owner: 'dept.mzj',
    categories: ['C20.01'],
    title: '入住公办养老机构怎么申请？',
    answer:
      '符合保障条件的老年人（特困、低保、失能等）可向户籍所在街道（乡镇）提出入住公办养老机构申请，经评估轮候后安排入住。',
    materials: [ID, HUKOU, '老年人能力评估结果@区评估机构', '?低保或特困证明'],
    keywords: ['养老院', '敬老院', '公办养老'],
    review: 220,
  },
  // 就业
  {
    catalog: '03',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.04'],
    title: '失业登记',
    answer:
      '在法定劳动年龄内、有劳动能力和就业要求、处于失业状态的，可通过北京通App或到户籍所在（或常住地）街道社保所办理失业登记，享受免费职业介绍和培训。',
    materials: [ID, '?解除劳动合同证明'],
    keywords: ['失业登记', '找工作'],
    review: 80,
  },
  {
    catalog: '03',
    kind: 'policy',
    owner: 'dept.rsj',
    categories: ['C16.04'],
    title: '职业技能培训补贴',
    answer:
      '参加区人力社保局认定的职业技能培训并取得证书的，可按规定申领培训补贴；就业困难人员、农村转移劳动力可参加免费培训。',
    keywords: ['技能培训', '培训补贴', '免费培训'],
    review: 170,
  },
  {
    catalog: '03',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.04'],
    title: '创业担保贷款',
    answer:
      '在本区创办企业或个体经营的自主创业人员，可向区创业服务中心申请创业担保贷款，个人最高额度按当年政策执行，财政按规定贴息。',
    materials: [ID, '营业执照副本复印件', '创业项目计划书*1', '?就业创业证'],
    keywords: ['创业贷款', '贴息贷款'],
    review: 15,
  },
  {
    catalog: '03',
    kind: 'faq',
    owner: 'dept.rsj',
    categories: ['C16.01'],
    title: '单位拖欠工资怎么维权？',
    answer:
      '可向用人单位所在地的区劳动保障监察大队投诉，也可申请劳动争议仲裁；农民工欠薪可拨打12345反映，由人力社保部门督办。投诉时请准备劳动关系证明和欠薪证据。',
    materials: [ID, '劳动合同或工牌、考勤记录等劳动关系证明', '工资欠条、工资流水等欠薪证据'],
    keywords: ['欠薪', '拖欠工资', '讨薪'],
    review: 65,
  },
  {
    catalog: '03',
    kind: 'faq',
    owner: 'dept.rsj',
    categories: ['C16.02'],
    title: '申请劳动争议仲裁需要什么？',
    answer:
      '劳动争议发生之日起一年内，可向区劳动人事争议仲裁委员会申请仲裁，递交仲裁申请书及证据，仲裁不收费。',
    materials: ['仲裁申请书*2', ID, '用人单位工商登记信息', '证据材料及清单'],
    keywords: ['劳动仲裁', '劳动争议'],
    review: 240,
  },
  // 教育
  {
    catalog: '04',
    kind: 'guide',
    owner: 'dept.jw',
    categories: ['C17.01'],
    title: '小学入学信息采集（本区户籍）',
    answer:
      '本区户籍适龄儿童在每年5月教委规定时间内，由家长登录区义务教育入学服务平台填报信息，并按通知携带材料到学校审核。',
    materials: ['儿童及父母户口簿', '房屋产权证明或租赁证明', '?出生医学证明'],
    keywords: ['入学', '幼升小', '小学报名'],
    review: -15,
  },
  {
    catalog: '04',
    kind: 'guide',
    owner: 'dept.jw',
    categories: ['C17.01'],
    title: '非本市户籍适龄儿童入学（“五证”审核）',
    answer:
      '非本市户籍适龄儿童在本区接受义务教育，父母须在规定时间内持在京务工就业证明、在京实际住所居住证明、全家户口簿、北京市居住证和户籍所在地无监护条件证明（“五证”）到居住地街道（乡镇）审核。',
    body: '审核通过后由区教委统筹安排入学。具体时间以当年区教委发布的入学工作意见为准。',
    materials: [
      '父母在京务工就业证明*1',
      '在京实际住所居住证明*1',
      '全家户口簿',
      '父母北京市居住证',
      '户籍所在地无监护条件证明@户籍所在地街道（乡镇）',
    ],
    keywords: ['五证', '随迁子女入学', '外地孩子上学'],
    review: 20,
  },
  {
    catalog: '04',
    kind: 'guide',
    owner: 'dept.jw',
    categories: ['C17.01'],
    title: '幼儿园入园报名',
    answer:
      '年满3周岁的幼儿可在每年5月至6月通过区学前教育入园服务平台报名，按就近原则由幼儿园审核录取，录取结果在平台公布。',
    materials: ['幼儿户口簿', '父母' + ID, '幼儿预防接种证@社区卫生服务中心'],
    keywords: ['入园', '上幼儿园', '幼儿园报名'],
    review: 110,
  },
  {
    catalog: '04',
    kind: 'faq',
    owner: 'dept.jw',
    categories: ['C17.01'],
    title: '转学怎么办理？',
    answer:
      '义务教育阶段学生转学，由家长向转入学校提出申请，转入学校同意后通过学籍系统发起转学，转出学校和两地教育部门审核，一般在学期开学前办理。',
    materials: ['学生户口簿', '转学申请*1', '?住所变动证明'],
    keywords: ['转学', '学籍'],
    review: 190,
  },
  {
    catalog: '04',
    kind: 'policy',
    owner: 'dept.jw',
    categories: ['C17.04'],
    title: '家庭经济困难学生资助',
    answer:
      '低保、特困、残疾等家庭经济困难学生，在义务教育阶段免除教科书费并享受生活补助，高中阶段享受国家助学金和学费减免，由学校统一申报。',
    materials: ['困难证明（低保证、特困证、残疾证等）', '学生户口簿'],
    keywords: ['助学金', '学生资助', '贫困生补助'],
    review: 85,
  },
  // 公积金
  {
    catalog: '05.01',
    kind: 'guide',
    owner: 'dept.zjw',
    categories: ['C24.01'],
    title: '租房提取住房公积金',
    answer:
      '本人及配偶在本市无自有住房且租房居住的，可通过住房公积金网上业务平台或北京通App申请租房提取，每季度可提取一次，提取额度按当年标准执行。',
    materials: [ID, '?房屋租赁合同及租赁备案#按实际租金提取时提供', '本人名下银行借记卡'],
    keywords: ['公积金提取', '租房提取', '取公积金'],
    review: 50,
  },
  {
    catalog: '05.01',
    kind: 'guide',
    owner: 'dept.zjw',
    categories: ['C24.01'],
    title: '住房公积金个人贷款',
    answer:
      '连续足额缴存住房公积金满6个月的职工，购买本市自住住房可申请公积金贷款，由受托银行受理，管理中心审批，贷款额度与缴存年限、余额挂钩。',
    materials: ['借款人及配偶' + ID, '婚姻状况证明', '购房合同*1', '首付款发票或收据', '收入证明@所在单位'],
    keywords: ['公积金贷款', '买房贷款'],
    review: 260,
  },
  {
    catalog: '05.01',
    kind: 'faq',
    owner: 'dept.zjw',
    categories: ['C24.01'],
    title: '离职后公积金怎么办？',
    answer:
      '离职后公积金账户由原单位办理封存，新单位入职后可办理转移；与单位解除劳动关系且未再就业满规定期限的非本市户籍职工可申请销户提取。',
    materials: [ID, '?解除劳动合同证明'],
    keywords: ['公积金封存', '公积金转移', '辞职公积金'],
    review: -90,
  },
  {
    catalog: '05.01',
    kind: 'faq',
    owner: 'dept.zjw',
    categories: ['C24.01'],
    title: '公积金缴存比例和基数怎么定？',
    answer:
      '住房公积金缴存比例为5%至12%，由单位自主确定；缴存基数为职工上一年度月平均工资，每年7月调整一次，上下限按当年公布标准执行。',
    keywords: ['缴存比例', '公积金基数'],
    review: 145,
  },
  // 住房保障
  {
    catalog: '05.02',
    kind: 'guide',
    owner: 'dept.zjw',
    categories: ['C08.07'],
    title: '公共租赁住房申请',
    answer:
      '本区户籍或在本区稳定工作的无房家庭，符合收入条件的可向户籍或工作所在街道（乡镇）住房保障窗口申请公共租赁住房，经三级审核公示后轮候配租。',
    materials: ['申请家庭成员' + ID, '户口簿或居住证', '收入证明@所在单位', '无房承诺书*1', '?社保缴纳证明'],
    keywords: ['公租房', '申请公租房', '保障房'],
    review: 30,
  },
  {
    catalog: '05.02',
    kind: 'policy',
    owner: 'dept.zjw',
    categories: ['C08.07'],
    title: '市场租房补贴',
    answer:
      '已通过公共租赁住房资格审核、在市场租房居住的低收入家庭，可按家庭人口和收入档次申请市场租房补贴，按季度发放。',
    materials: ['公租房资格备案通知书', '房屋租赁合同及租赁备案', '银行借记卡*1'],
    keywords: ['租房补贴', '租赁补贴'],
    review: 70,
  },
  {
    catalog: '05.02',
    kind: 'faq',
    owner: 'dept.zjw',
    categories: ['C08.06'],
    title: '老旧小区加装电梯怎么申请？',
    answer:
      '老旧小区加装电梯由单元业主协商一致后，以单元为单位向街道（乡镇）提出申请，街道组织方案公示和审查，可享受市区两级补贴。',
    materials: ['单元业主同意加装意见书', '加装电梯设计方案', '资金筹集与分摊方案'],
    keywords: ['加装电梯', '老楼电梯'],
    review: 5,
  },
  // 低保与救助
  {
    catalog: '06.01',
    kind: 'guide',
    owner: 'dept.mzj',
    categories: ['C20.02'],
    title: '最低生活保障（低保）申请',
    answer:
      '共同生活的家庭成员人均月收入低于本市低保标准且符合财产条件的本区户籍家庭，可由户主向户籍所在街道（乡镇）提出低保申请，经入户调查、公示后审批。',
    body: '审核时限一般为30个工作日；特殊情况可延长。申请人需如实申报收入和财产，并授权核对家庭经济状况。',
    materials: [
      '家庭成员' + ID,
      HUKOU,
      '家庭经济状况核对授权书*1',
      '收入证明或无收入承诺',
      '?残疾证或诊断证明',
    ],
    keywords: ['低保', '吃低保', '最低生活保障'],
    review: -30,
  },
  {
    catalog: '06.01',
    kind: 'guide',
    owner: 'dept.mzj',
    categories: ['C20.02'],
    title: '临时救助申请',
    answer:
      '因火灾、交通事故、突发重病等导致基本生活暂时出现严重困难的家庭或个人，可向所在街道（乡镇）申请临时救助，紧急情况可先行救助、后补手续。',
    materials: [ID, '困难情况说明*1', '?医疗费用票据或事故证明'],
    keywords: ['临时救助', '急难救助', '生活困难'],
    review: 115,
  },
  {
    catalog: '06.01',
    kind: 'policy',
    owner: 'dept.mzj',
    categories: ['C20.02'],
    title: '特困人员救助供养',
    answer:
      '无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其义务人无履行能力的老年人、残疾人和未成年人，可申请特困人员救助供养，选择分散或集中供养。',
    materials: [ID, HUKOU, '?残疾证'],
    keywords: ['特困', '五保'],
    review: 275,
  },
  {
    catalog: '06.01',
    kind: 'faq',
    owner: 'dept.mzj',
    categories: ['C20.04'],
    title: '惠民殡葬补贴怎么领？',
    answer:
      '本区户籍居民去世后，在本区殡仪馆火化的，基本殡葬服务费用按规定减免，由殡仪馆直接结算，家属无需另行申请。',
    materials: ['死亡证明', '逝者户口簿', '经办人' + ID],
    keywords: ['殡葬补贴', '丧葬费', '火化费'],
    review: 200,
  },
  // 残疾人
  {
    catalog: '06.02',
    kind: 'guide',
    owner: 'dept.cl',
    categories: ['C20.03'],
    title: '残疾人证首次办理',
    answer:
      '本人或监护人持身份证、户口簿和照片到户籍所在街道（乡镇）残联申请，到指定医院进行残疾评定，符合标准的由区残联核发残疾人证。',
    materials: [ID, HUKOU, '近期二寸免冠白底彩色照片*3', '?既往病历或诊断证明'],
    keywords: ['残疾证', '办残疾证', '残疾评定'],
    review: 40,
  },
  {
    catalog: '06.02',
    kind: 'policy',
    owner: 'dept.cl',
    categories: ['C20.03'],
    title: '残疾人两项补贴（生活补贴、护理补贴）',
    answer:
      '低保家庭中的残疾人可申请困难残疾人生活补贴；一、二级及部分三级重度残疾人可申请护理补贴。由本人或监护人向户籍所在街道（乡镇）申请，按月发放。',
    materials: ['残疾人证', ID, '?低保证#申请生活补贴时提交', '银行借记卡*1'],
    keywords: ['残疾人补贴', '两项补贴', '护理补贴'],
    review: -10,
  },
  {
    catalog: '06.02',
    kind: 'guide',
    owner: 'dept.cl',
    categories: ['C20.03'],
    title: '残疾人辅助器具适配',
    answer:
      '持证残疾人可向街道（乡镇）残联申请轮椅、助听器、助行器等辅助器具，经评估后免费或按比例补贴适配。',
    materials: ['残疾人证', '?医生处方或评估意见'],
    keywords: ['辅具', '轮椅', '助听器'],
    review: 155,
  },
  {
    catalog: '06.02',
    kind: 'faq',
    owner: 'dept.cl',
    categories: ['C20.03'],
    title: '残疾人证到期怎么换证？',
    answer:
      '残疾人证有效期为10年，到期前3个月内可到户籍所在街道（乡镇）残联申请换证，残疾类别和等级有变化的需重新评定。',
    materials: ['原残疾人证', ID, '近期二寸免冠白底彩色照片*2'],
    keywords: ['残疾证换证', '残疾证到期'],
    review: 230,
  },
  // 生育
  {
    catalog: '07.01',
    kind: 'guide',
    owner: 'dept.wjw',
    categories: ['C18.03'],
    title: '生育登记服务',
    answer:
      '生育子女的夫妻可通过北京通App或“北京市生育登记服务”平台在线办理生育登记，无需提交纸质材料，登记后领取生育服务单。',
    keywords: ['生育登记', '准生证', '生育服务单'],
    review: 60,
  },
  {
    catalog: '07.01',
    kind: 'guide',
    owner: 'dept.rsj',
    categories: ['C16.03'],
    title: '生育津贴申领',
    answer:
      '参加生育保险的女职工生育或流产的，由用人单位在规定期限内通过社保经办系统申报生育津贴，津贴按单位上年度职工月平均工资计发，拨付至单位后由单位发放。',
    materials: ['出生医学证明复印件', '生育医疗费用票据或结算单', '?结婚证复印件'],
    keywords: ['生育津贴', '产假工资', '生育保险'],
    review: 100,
  },
  {
    catalog: '07.01',
    kind: 'faq',
    owner: 'dept.wjw',
    categories: ['C18.03'],
    title: '孩子的疫苗在哪里打？',
    answer:
      '儿童免疫规划疫苗在居住地社区卫生服务中心预防接种门诊接种，首次接种需建立预防接种证，请携带出生医学证明和监护人身份证。',
    materials: ['出生医学证明', '监护人身份证', '?预防接种证'],
    keywords: ['打疫苗', '预防接种', '疫苗本'],
    review: 180,
  },
  {
    catalog: '07.01',
    kind: 'policy',
    owner: 'dept.wjw',
    categories: ['C18.03'],
    title: '育儿补贴',
    answer:
      '按国家育儿补贴制度，对符合条件的3周岁以下婴幼儿按年发放育儿补贴，由监护人通过育儿补贴信息管理系统或北京通App申请。',
    keywords: ['育儿补贴', '生育补贴', '婴幼儿补贴'],
    review: 12,
  },
  // 卫生健康
  {
    catalog: '07',
    kind: 'faq',
    owner: 'dept.wjw',
    categories: ['C18.01'],
    title: '家庭医生怎么签约？',
    answer:
      '居民可到居住地社区卫生服务中心（站）或通过北京通App与家庭医生团队签约，签约后享受健康咨询、慢病随访和预约转诊等服务。',
    materials: [ID, '医保卡'],
    keywords: ['家庭医生', '签约医生'],
    review: 250,
  },
  {
    catalog: '07',
    kind: 'faq',
    owner: 'dept.wjw',
    categories: ['C18.01'],
    title: '怎么预约挂号？',
    answer:
      '本市医院统一通过“京医通”微信公众号、北京114预约挂号平台或医院App预约挂号，预约需实名，取消预约请在就诊前一天办理。',
    keywords: ['挂号', '预约', '看病'],
    review: -45,
  },
  // 水电气热
  {
    catalog: '08',
    kind: 'guide',
    owner: 'ent.gas',
    categories: ['C12.03'],
    title: '燃气开户与开栓',
    answer:
      '新房入住使用燃气的，户主持身份证和房屋证明到燃气营业厅或通过燃气公司App办理开户，预约上门安全检查后开栓点火。',
    materials: ['户主' + ID, '房屋产权证明或购房合同', '?租赁合同及房主授权#租户办理'],
    keywords: ['燃气开户', '开通燃气', '开栓'],
    review: 90,
  },
  {
    catalog: '08',
    kind: 'faq',
    owner: 'ent.gas',
    categories: ['C12.01'],
    title: '闻到燃气味怎么办？',
    answer:
      '立即关闭燃气阀门，打开门窗通风，不开关电器、不使用明火、不在室内打电话，到室外安全处拨打燃气抢修电话或119。此类情况按紧急事项立即派单，不得直接办结。',
    keywords: ['燃气泄漏', '煤气味', '漏气'],
    review: 30,
  },
  {
    catalog: '08',
    kind: 'faq',
    owner: 'ent.heat',
    categories: ['C13.01'],
    title: '供暖期和室温标准',
    answer:
      '本市供暖期为每年11月15日至次年3月15日，可视天气提前或延长；供暖期间居室温度不低于18℃。室温不达标可向供热单位报修，供热单位应及时上门检测。',
    keywords: ['供暖时间', '暖气温度', '室温不达标'],
    review: -25,
  },
  {
    catalog: '08',
    kind: 'guide',
    owner: 'ent.heat',
    categories: ['C13.02'],
    title: '申请报停供暖',
    answer:
      '长期不在家居住需暂停供暖的，应在供暖季开始前（一般10月31日前）持产权证明向供热单位申请报停，报停期间按规定缴纳基础热费。',
    materials: ['户主' + ID, '房屋产权证明', '供热缴费卡或缴费凭证'],
    keywords: ['报停暖气', '停暖申请'],
    review: 200,
  },
  {
    catalog: '08',
    kind: 'guide',
    owner: 'ent.water',
    categories: ['C10.01'],
    title: '自来水过户与开户',
    answer:
      '房屋买卖后办理自来水过户的，新户主持身份证和不动产权证书到自来水营业厅或线上办理，结清原户欠费后变更用户信息。',
    materials: ['新户主' + ID, '不动产权证书', '?原户缴费凭证'],
    keywords: ['水费过户', '自来水开户'],
    review: 160,
  },
  {
    catalog: '08',
    kind: 'faq',
    owner: 'ent.power',
    categories: ['C11.01'],
    title: '家里停电了怎么办？',
    answer:
      '先查看家中空气开关是否跳闸、电费是否欠费；邻居也停电的，可拨打95598或通过“网上国网”App查询停电计划和报修。',
    keywords: ['停电', '没电', '跳闸'],
    review: 120,
  },
  {
    catalog: '08',
    kind: 'guide',
    owner: 'ent.power',
    categories: ['C11.03'],
    title: '居民新装、增容用电',
    answer:
      '居民新装电表或增加用电容量的，可通过“网上国网”App或供电营业厅申请，供电公司现场勘查后确定方案，一般10个工作日内装表接电。',
    materials: ['户主' + ID, '房屋产权证明或购房合同'],
    keywords: ['装电表', '增容', '电动车充电桩'],
    review: 80,
  },
  // 热线服务
  {
    catalog: '09',
    kind: 'faq',
    owner: 'gov',
    categories: ['C24.01'],
    title: '12345热线办理时限是多久？',
    answer:
      '12345受理的诉求按紧急程度派单：紧急事项2小时内响应，水电气热类24小时内，一般事项7日内办结，复杂事项15日内办结，办理结果将电话回访。',
    keywords: ['办理时限', '多久回复', '12345'],
    review: 150,
  },
  {
    catalog: '09',
    kind: 'faq',
    owner: 'gov',
    categories: ['C24.01'],
    title: '怎么查询我反映问题的办理进度？',
    answer:
      '可凭受理时告知的诉求编号，在“一网”网页“查询我的诉求”中输入编号和手机号码验证后查看办理进度，也可再次拨打12345查询。',
    keywords: ['查进度', '诉求编号', '工单查询'],
    review: 300,
  },
  {
    catalog: '09',
    kind: 'faq',
    owner: 'gov',
    categories: ['C24.01'],
    title: '对办理结果不满意怎么办？',
    answer:
      '回访时可表示不满意并说明理由，诉求将退回承办单位重新办理；也可在诉求查询页面评价。对部门办理有异议的，可申请区指挥中心复核。',
    keywords: ['不满意', '重新办理', '投诉承办单位'],
    review: -100,
  },
  {
    catalog: '09',
    kind: 'policy',
    owner: 'dept.sfj',
    categories: ['C24.01'],
    title: '法律援助申请',
    answer:
      '经济困难的公民因追索劳动报酬、请求支付赡养费抚养费、工伤赔偿等需要法律帮助的，可向区法律援助中心申请法律援助，农民工讨薪等情形免予经济困难审查。',
    materials: [ID, '经济困难状况说明表*1', '与案件有关的材料'],
    keywords: ['法律援助', '免费律师'],
    review: 50,
  },
  {
    catalog: '09',
    kind: 'faq',
    owner: 'dept.scjg',
    categories: ['C15.03'],
    title: '买到的商品有质量问题怎么投诉？',
    answer:
      '先与经营者协商；协商不成的，可通过全国12315平台或12345向市场监管部门投诉，请保留购物凭证、商品照片和沟通记录。',
    materials: ['购物凭证（发票、小票或订单截图）', '商品问题照片', '?与商家沟通记录'],
    keywords: ['消费投诉', '12315', '退货'],
    review: 95,
  },
];
