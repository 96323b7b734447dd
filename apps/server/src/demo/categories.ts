import type { Urgency } from '@onegrid/domain';
import type { DemoCategory } from './types.ts';

/**
 * The category tree: the component (部件) and event (事件) classes of GB/T 30428 (数字化城市管理信息系统) merged
 * with the matters Beijing's 12345 hotline classifies (utilities, property management, labour, education, health…).
 * Group codes are 'C01'…; leaf codes 'C01.01'…; Open311 service_code = '2' + group + leaf + '01' (7 digits, room
 * for sub-items). Keywords feed the text classifier.
 */
type Leaf = [nameZh: string, nameEn: string, urgency: Urgency, gridSolvable: boolean, keywords: string];
interface Group {
  nameZh: string;
  nameEn: string;
  leaves: Leaf[];
}

const E: Urgency = 'emergency';
const U: Urgency = 'urgent';
const O: Urgency = 'ordinary';
const X: Urgency = 'complex';

const GROUPS: Group[] = [
  {
    nameZh: '公用设施',
    nameEn: 'Public facilities',
    leaves: [
      [
        '井盖缺失破损',
        'Missing or damaged manhole cover',
        U,
        false,
        '井盖 丢失 缺失 破损 松动 下水井 雨水井 窨井 井口 掉下去',
      ],
      ['路灯故障', 'Street light out', O, false, '路灯 不亮 灯坏了 黑灯 闪烁 灯杆 照明 晚上很黑'],
      ['消防栓损坏', 'Damaged fire hydrant', O, false, '消防栓 消火栓 漏水 损坏 被撞 缺盖'],
      [
        '健身器材损坏',
        'Damaged public fitness equipment',
        O,
        false,
        '健身器材 健身器械 损坏 松动 生锈 单杠 秋千 危险',
      ],
      ['公厕问题', 'Public toilet problems', O, false, '公厕 厕所 卫生间 脏 臭 堵塞 没水 关门 旱厕'],
      [
        '电力通信线缆隐患',
        'Hazardous power or telecom lines and poles',
        U,
        false,
        '电线杆 线缆 电缆 脱落 下垂 倾斜 网线 光缆 私拉乱接',
      ],
      [
        '垃圾桶破损缺失',
        'Damaged or missing litter bins',
        O,
        true,
        '垃圾桶 果皮箱 废物箱 破损 缺失 没有垃圾桶 桶坏了',
      ],
    ],
  },
  {
    nameZh: '道路设施',
    nameEn: 'Roads and road furniture',
    leaves: [
      [
        '道路破损',
        'Potholes and damaged road surface',
        O,
        false,
        '道路 路面 破损 坑洼 坑 裂缝 不平 修路 柏油',
      ],
      ['人行道破损', 'Damaged sidewalk', O, false, '人行道 便道 方砖 地砖 破损 翘起 松动 盲道'],
      ['路面塌陷', 'Road surface collapse', E, false, '塌陷 塌方 路面下沉 地陷 大坑 空洞 危险'],
      ['道路积水', 'Flooded road', U, false, '积水 内涝 雨后 淹了 下不去 排水不畅 路面积水 下凹桥'],
      [
        '交通信号灯故障',
        'Traffic signal failure',
        U,
        false,
        '红绿灯 信号灯 不亮 故障 倒计时 黄灯 路口 一直红灯',
      ],
      [
        '交通标志标线缺损',
        'Missing or damaged road signs and markings',
        O,
        false,
        '标志 标牌 标线 斑马线 指示牌 限速牌 模糊 缺失',
      ],
      [
        '护栏隔离设施损坏',
        'Damaged guardrails and barriers',
        O,
        false,
        '护栏 隔离栏 栏杆 防撞墩 倒了 撞坏 缺失',
      ],
    ],
  },
  {
    nameZh: '市容环境',
    nameEn: 'City appearance and sanitation',
    leaves: [
      ['暴露垃圾', 'Exposed garbage', O, true, '垃圾 暴露垃圾 乱扔 乱倒 堆放 垃圾堆 没人清理 臭'],
      [
        '积存渣土',
        'Accumulated construction waste and muck',
        O,
        false,
        '渣土 建筑垃圾 装修垃圾 堆积 积存 倾倒 渣土堆',
      ],
      ['道路不洁', 'Dirty street', O, true, '道路 不干净 脏 没人扫 清扫 保洁 泥土 落叶'],
      ['垃圾满溢', 'Overflowing garbage bins', O, true, '垃圾桶 满了 溢出 满溢 没人清运 清运不及时 垃圾站'],
      ['垃圾分类', 'Waste sorting', O, true, '垃圾分类 混装 混运 厨余 可回收 桶站 分类投放 指导员'],
      [
        '焚烧垃圾树叶',
        'Open burning of waste or leaves',
        O,
        true,
        '焚烧 烧垃圾 烧树叶 烧秸秆 冒烟 烟雾 露天焚烧',
      ],
      ['乱堆物料', 'Materials piled in public space', O, true, '乱堆 乱放 杂物 堆物 占用 楼道堆物 物料 堆放'],
      [
        '非机动车乱停放',
        'Bicycles and e-bikes parked in disorder',
        O,
        true,
        '共享单车 自行车 电动车 乱停 乱放 堵路 占道',
      ],
      ['积雪结冰', 'Uncleared snow and ice', O, true, '积雪 结冰 扫雪 路滑 冰面 滑倒 铲雪'],
    ],
  },
  {
    nameZh: '宣传广告',
    nameEn: 'Advertising and publicity',
    leaves: [
      ['小广告乱贴乱画', 'Illegal flyers and graffiti', O, true, '小广告 乱贴 乱画 涂鸦 喷涂 办证 刻章 张贴'],
      [
        '违规户外广告牌匾',
        'Non-compliant outdoor ads and shop signs',
        O,
        false,
        '广告牌 牌匾 招牌 户外广告 违规设置 横幅 条幅',
      ],
      [
        '广告牌匾安全隐患',
        'Unsafe billboard or shop sign',
        U,
        false,
        '广告牌 牌匾 松动 掉落 倾斜 大风 砸人 危险',
      ],
    ],
  },
  {
    nameZh: '施工管理',
    nameEn: 'Construction management',
    leaves: [
      [
        '施工扰民',
        'Construction disturbance at night',
        O,
        false,
        '施工 夜间施工 噪音 扰民 工地 施工噪声 半夜 吵',
      ],
      ['施工扬尘', 'Construction dust', O, false, '扬尘 尘土 工地 未苫盖 裸土 粉尘 灰大 洒水'],
      ['渣土运输遗撒', 'Spillage from muck trucks', O, false, '渣土车 遗撒 撒漏 泥土 运输车 带泥上路 大货车'],
      ['施工占道', 'Construction blocking the road', O, false, '施工 占道 围挡 挖路 占用道路 堵路 开挖'],
      [
        '施工安全隐患',
        'Unsafe construction site',
        U,
        false,
        '工地 安全隐患 脚手架 塔吊 深基坑 无防护 坠落 危险',
      ],
    ],
  },
  {
    nameZh: '街面秩序',
    nameEn: 'Street order',
    leaves: [
      ['占道经营', 'Street vending on the road', O, true, '占道经营 摆摊 流动摊贩 商贩 地摊 早市 堵路 卖菜'],
      [
        '店外经营',
        'Trading outside the shop front',
        O,
        true,
        '店外经营 出店经营 门前 摆放 占用人行道 洗车 修车',
      ],
      ['露天烧烤', 'Open-air barbecue', O, true, '烧烤 露天烧烤 烤串 油烟 夜市 大排档 撸串'],
      ['违章停车', 'Illegal parking', O, false, '违章停车 乱停车 堵路 占道停车 停车 堵门 消防通道 挡路'],
      ['废弃车辆', 'Abandoned vehicles', O, true, '僵尸车 废弃车 长期停放 落灰 无牌 报废车 破车'],
      [
        '私设地桩地锁',
        'Private parking posts and locks',
        O,
        true,
        '地锁 地桩 车位锁 占车位 私装 隔离墩 私占',
      ],
      ['流浪乞讨', 'Homeless persons and begging', O, false, '流浪 乞讨 露宿 要饭 流浪汉 救助 天冷'],
    ],
  },
  {
    nameZh: '园林绿化',
    nameEn: 'Landscaping and greenery',
    leaves: [
      [
        '绿地脏乱毁绿',
        'Littered or damaged green space',
        O,
        true,
        '绿地 草坪 毁绿 踩踏 种菜 绿化带 脏乱 侵占绿地',
      ],
      ['树木倒伏断枝', 'Fallen tree or broken branch', U, false, '树 倒伏 倒了 断枝 树枝 砸 大风 挡路 危险'],
      ['树木修剪', 'Tree pruning request', O, false, '修剪 树枝 挡光 挡窗户 剪树 太高 碰电线 遮挡'],
      ['杨柳飞絮', 'Poplar and willow catkins', O, false, '飞絮 杨絮 柳絮 过敏 满天飞 着火 治理'],
      ['树木病虫害', 'Tree pests and diseases', O, false, '病虫害 虫子 美国白蛾 蚜虫 树叶 打药 喷药'],
      ['公园管理', 'Park management', O, false, '公园 游园 广场舞 设施 开放时间 管理 保洁 遛狗'],
    ],
  },
  {
    nameZh: '房屋管理',
    nameEn: 'Housing',
    leaves: [
      [
        '违法建设',
        'Illegal construction',
        X,
        false,
        '违建 违法建设 私搭乱建 加盖 扩建 彩钢房 圈占 阳台外扩 举报',
      ],
      ['房屋安全隐患', 'Unsafe building', U, false, '房屋 裂缝 危房 外墙 脱落 墙皮 瓷砖 掉落 倾斜'],
      ['群租房', 'Overcrowded rental housing', O, false, '群租 群租房 隔断 上下铺 出租 人多 乱'],
      ['房屋漏水', 'Leaking roof or shared walls', O, false, '漏水 渗水 屋顶 楼顶 防水 返潮 滴水 楼上漏'],
      ['电梯故障', 'Lift breakdown', U, false, '电梯 故障 停运 困人 坏了 维修 加装电梯 异响'],
      [
        '老旧小区改造',
        'Renovation of old residential compounds',
        O,
        false,
        '老旧小区 改造 综合整治 抗震加固 保温 管线更换 施工进度',
      ],
      ['不动产登记', 'Real estate registration', O, false, '房产证 不动产证 不动产登记 办证 过户 产权 网签'],
    ],
  },
  {
    nameZh: '物业管理',
    nameEn: 'Property management',
    leaves: [
      [
        '物业服务质量',
        'Quality of property services',
        O,
        false,
        '物业 不作为 服务差 保洁 保安 维修 物业公司 不管',
      ],
      ['物业费纠纷', 'Property fee disputes', X, false, '物业费 收费 涨价 乱收费 停车费 公摊 退费 欠费'],
      [
        '小区公共设施维修',
        'Repair of shared facilities in a compound',
        O,
        false,
        '小区 公共设施 单元门 门禁 楼道灯 维修 损坏 没人修',
      ],
      [
        '小区停车管理',
        'Parking in residential compounds',
        O,
        false,
        '小区 停车 车位 停车难 外来车辆 道闸 乱停',
      ],
      ['业主委员会', 'Owners’ committee', X, false, '业委会 业主委员会 选举 成立 换届 业主大会 物管会'],
    ],
  },
  {
    nameZh: '供水排水',
    nameEn: 'Water supply and drainage',
    leaves: [
      ['停水', 'Water outage', U, false, '停水 没水 不来水 断水 自来水 水龙头 突然停水'],
      ['水压低', 'Low water pressure', U, false, '水压 水小 水压低 上不去 高层 没劲 水流小'],
      ['水质问题', 'Water quality', U, false, '水质 水黄 浑浊 有异味 水垢 水发白 杂质 自来水'],
      [
        '供水管道漏水',
        'Burst or leaking water main',
        E,
        false,
        '水管 爆裂 漏水 冒水 跑水 管道 水管爆了 喷水',
      ],
      [
        '排水管道堵塞',
        'Blocked sewer or sewage overflow',
        U,
        false,
        '下水道 堵塞 反水 污水 外溢 冒水 化粪池 排水',
      ],
    ],
  },
  {
    nameZh: '供电',
    nameEn: 'Electricity supply',
    leaves: [
      ['停电', 'Power outage', U, false, '停电 没电 断电 跳闸 突然停电 全楼没电 供电'],
      ['电压不稳', 'Unstable voltage', U, false, '电压 不稳 电压低 灯闪 电器 烧坏 忽明忽暗'],
      ['供电设施隐患', 'Hazardous power equipment', U, false, '变压器 电箱 配电箱 冒烟 异响 漏电 电缆井'],
    ],
  },
  {
    nameZh: '燃气',
    nameEn: 'Gas supply',
    leaves: [
      ['燃气泄漏', 'Gas leak', E, false, '燃气 煤气 天然气 泄漏 漏气 气味 闻到 燃气味'],
      ['停气', 'Gas outage', U, false, '停气 没气 燃气 天然气 打不着火 气压低 不通气'],
      [
        '燃气表具故障',
        'Faulty gas meter or appliance',
        U,
        false,
        '燃气表 气表 表坏了 不走字 插卡 充值 报警器',
      ],
    ],
  },
  {
    nameZh: '供暖',
    nameEn: 'Heating',
    leaves: [
      ['暖气不热', 'Radiators not warm enough', U, false, '暖气 不热 温度低 供暖 室温 冷 温度不达标 暖气片'],
      ['停暖', 'Heating outage', U, false, '停暖 没暖气 暖气停了 供暖中断 热力 冰凉'],
      ['暖气漏水', 'Heating pipe leak', E, false, '暖气 漏水 跑水 暖气片 爆裂 热水 管道 阀门'],
      [
        '煤改清洁能源设备故障',
        'Failure of clean-heating equipment (coal-to-electricity/gas)',
        U,
        false,
        '煤改电 煤改气 空气源热泵 壁挂炉 蓄热 故障 取暖 不制热',
      ],
    ],
  },
  {
    nameZh: '生态环境',
    nameEn: 'Environmental protection',
    leaves: [
      ['噪声扰民', 'Noise nuisance', O, false, '噪音 噪声 扰民 吵 广场舞 音响 商铺 喇叭 装修'],
      ['餐饮油烟', 'Restaurant cooking fumes', O, false, '油烟 饭店 餐馆 排烟 味道 熏 净化器'],
      [
        '工业废气异味',
        'Industrial emissions and odours',
        O,
        false,
        '废气 异味 臭味 排放 工厂 刺鼻 烟囱 黑烟',
      ],
      ['水体污染', 'Water pollution', O, false, '河道 污染 排污 污水 黑臭 死鱼 泃河 洳河 水库'],
    ],
  },
  {
    nameZh: '市场监管',
    nameEn: 'Market regulation',
    leaves: [
      ['食品安全', 'Food safety', O, false, '食品安全 过期 变质 吃坏 腹泻 异物 卫生 餐馆 食物中毒'],
      ['无照经营', 'Unlicensed business', O, false, '无照 无证 营业执照 黑作坊 非法经营 没有执照'],
      ['消费维权', 'Consumer rights', O, false, '消费 维权 退款 退货 预付卡 办卡 跑路 售后 欺诈'],
      ['价格违法', 'Price violations', O, false, '价格 乱收费 涨价 明码标价 宰客 欺诈 价格欺诈'],
      [
        '假冒伪劣',
        'Counterfeit and substandard goods',
        O,
        false,
        '假冒 伪劣 假货 质量 以次充好 三无产品 山寨',
      ],
    ],
  },
  {
    nameZh: '劳动和社会保障',
    nameEn: 'Labour and social security',
    leaves: [
      ['拖欠工资', 'Unpaid wages', O, false, '欠薪 拖欠工资 不给工资 讨薪 农民工 工钱 包工头 拖欠'],
      [
        '劳动合同纠纷',
        'Labour contract disputes',
        X,
        false,
        '劳动合同 辞退 解雇 加班费 赔偿 劳动仲裁 试用期',
      ],
      ['社会保险', 'Social insurance', O, false, '社保 养老保险 医保 缴费 断缴 补缴 社保卡 转移'],
      ['就业服务', 'Employment services', O, false, '就业 招聘 失业 培训 求职 灵活就业 补贴 找工作'],
      ['退休待遇', 'Retirement benefits', O, false, '退休 养老金 退休金 待遇 认证 调整 办理退休'],
    ],
  },
  {
    nameZh: '教育',
    nameEn: 'Education',
    leaves: [
      [
        '入学入园',
        'School and kindergarten enrolment',
        O,
        false,
        '入学 入园 上学 幼儿园 学位 划片 转学 小升初',
      ],
      ['校外培训', 'Off-campus tutoring', O, false, '校外培训 补课 培训机构 退费 学科类 辅导班'],
      ['校园周边安全', 'Safety around schools', O, false, '学校 校园 周边 安全 接送 堵车 门口 学生'],
      ['教育收费', 'School fees', O, false, '学校 收费 乱收费 学费 资料费 午餐费 托管费'],
    ],
  },
  {
    nameZh: '医疗卫生',
    nameEn: 'Health',
    leaves: [
      ['医疗服务', 'Medical services', O, false, '医院 看病 挂号 医生 态度 排队 社区卫生服务站 乡村医生'],
      ['医疗纠纷', 'Medical disputes', X, false, '医疗纠纷 医疗事故 误诊 赔偿 手术 医闹'],
      ['公共卫生', 'Public health and vaccination', O, false, '疫苗 接种 体检 传染病 疾控 公共卫生 预约'],
      ['病媒生物', 'Rats, mosquitoes and flies', O, false, '老鼠 蚊子 苍蝇 蟑螂 消杀 灭鼠 病媒'],
    ],
  },
  {
    nameZh: '交通运输',
    nameEn: 'Transport',
    leaves: [
      ['公交线路站点', 'Bus routes and stops', O, false, '公交 公交车 线路 站点 班次 等车 末班车 司机'],
      ['出租车网约车', 'Taxis and ride-hailing', O, false, '出租车 网约车 拒载 绕路 宰客 滴滴 司机'],
      ['非法营运', 'Unlicensed passenger transport', O, false, '黑车 非法营运 摩的 拉客 趴活 无证'],
    ],
  },
  {
    nameZh: '民政服务',
    nameEn: 'Civil affairs',
    leaves: [
      [
        '养老服务',
        'Elderly care services',
        O,
        false,
        '养老 老人 养老驿站 助餐 居家养老 独居 养老院 高龄津贴',
      ],
      [
        '社会救助',
        'Subsistence allowance and social assistance',
        O,
        false,
        '低保 救助 困难 特困 临时救助 补助 申请',
      ],
      [
        '残疾人服务',
        'Services for people with disabilities',
        O,
        false,
        '残疾人 残疾证 无障碍 补贴 辅具 康复',
      ],
      ['殡葬管理', 'Funerals and burials', O, false, '殡葬 乱埋乱葬 墓地 骨灰 丧事 公墓'],
    ],
  },
  {
    nameZh: '公安户籍',
    nameEn: 'Public security and household registration',
    leaves: [
      ['户籍办理', 'Household registration (hukou)', O, false, '户口 户籍 落户 迁户口 户口本 新生儿 上户口'],
      ['身份证居住证', 'ID cards and residence permits', O, false, '身份证 居住证 补办 丢失 办理 暂住证'],
      ['治安隐患', 'Public order concerns', O, false, '治安 小偷 盗窃 可疑人员 打架 聚集 监控'],
      ['养犬管理', 'Dog management', O, false, '养狗 遛狗 不拴绳 大型犬 狗咬人 犬吠 狗屎 狗证'],
    ],
  },
  {
    nameZh: '安全生产与突发事件',
    nameEn: 'Safety and emergencies',
    leaves: [
      ['火灾', 'Fire', E, false, '着火 火灾 失火 冒烟 起火 火情 烧起来'],
      ['危险化学品', 'Hazardous chemicals', E, false, '危化品 化学品 泄漏 液化气罐 爆炸 刺鼻 易燃'],
      ['安全生产隐患', 'Workplace safety hazards', U, false, '安全生产 隐患 工厂 仓库 违规作业 无证 液化气'],
      ['消防通道占用', 'Blocked fire lanes', O, true, '消防通道 堵塞 占用 停车 杂物 安全出口 楼道'],
      ['飞线充电', 'Unsafe e-bike charging', O, true, '飞线充电 电动车 充电 私拉电线 楼道充电 推车进楼 电瓶'],
      [
        '山洪地质灾害',
        'Flash floods and geological hazards',
        E,
        false,
        '山洪 泥石流 滑坡 落石 塌方 暴雨 山体',
      ],
    ],
  },
  {
    nameZh: '农村管理',
    nameEn: 'Rural affairs',
    leaves: [
      [
        '村容村貌',
        'Village environment and appearance',
        O,
        true,
        '村容村貌 人居环境 柴草 乱堆 街巷 坑塘 厕所改造',
      ],
      ['宅基地纠纷', 'Homestead disputes', X, false, '宅基地 纠纷 翻建 边界 占地 确权 老宅'],
      ['土地承包流转', 'Land contracting and transfer', X, false, '土地 承包 流转 租金 确权 合同 地租 征地'],
      [
        '农资农技',
        'Farm inputs and agricultural advice',
        O,
        false,
        '农资 种子 化肥 农药 假农资 大桃 果树 技术',
      ],
      ['村务公开', 'Village affairs disclosure', O, false, '村务公开 账目 村委会 选举 集体资产 补偿款 分红'],
      ['动物防疫', 'Animal disease prevention', O, false, '动物 防疫 死猪 死禽 养殖 疫情 畜禽 异味'],
      ['森林防火', 'Forest fire prevention', U, false, '森林防火 上坟烧纸 野外用火 山火 林地 烟 护林员'],
    ],
  },
  {
    nameZh: '其他',
    nameEn: 'Other',
    leaves: [
      ['政策咨询', 'Policy enquiries', O, false, '咨询 政策 怎么办 办事指南 需要什么材料 在哪办'],
      ['其他事项', 'Other matters', O, false, '其他 建议 意见 表扬 反映 诉求'],
    ],
  },
];

function two(n: number): string {
  return String(n).padStart(2, '0');
}

export function buildCategories(): DemoCategory[] {
  const rows: DemoCategory[] = [];
  GROUPS.forEach((group, gi) => {
    const code = `C${two(gi + 1)}`;
    rows.push({
      code,
      parentCode: null,
      nameZh: group.nameZh,
      nameEn: group.nameEn,
      isLeaf: false,
      defaultUrgency: 'ordinary',
      serviceCode: null,
      gridSolvable: false,
      keywords: [],
      sort: gi + 1,
    });
    group.leaves.forEach(([nameZh, nameEn, urgency, gridSolvable, keywords], li) => {
      rows.push({
        code: `${code}.${two(li + 1)}`,
        parentCode: code,
        nameZh,
        nameEn,
        isLeaf: true,
        defaultUrgency: urgency,
        serviceCode: `2${two(gi + 1)}${two(li + 1)}01`,
        gridSolvable,
        keywords: keywords.split(' '),
        sort: li + 1,
      });
    });
  });
  return rows;
}

/** Category code by its Chinese leaf name, for readable duty and deadline tables. */
export function leafCode(categories: DemoCategory[], nameZh: string): string {
  const leaf = categories.find((c) => c.isLeaf && c.nameZh === nameZh);
  if (!leaf) throw new Error(`demo categories: no leaf named ${nameZh}`);
  return leaf.code;
}
