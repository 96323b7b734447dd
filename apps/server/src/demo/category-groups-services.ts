import type { Urgency } from '@onegrid/domain';
import type { CategoryGroup } from './categories.ts';

const E: Urgency = 'emergency';
const U: Urgency = 'urgent';
const O: Urgency = 'ordinary';
const X: Urgency = 'complex';

/**
 * What Beijing's 12345 hotline classifies beyond city management: property management, water/power/gas/heat,
 * environment, market regulation, labour, education, health, transport, civil affairs, public security,
 * safety and emergencies (突发事件), rural affairs (农村管理).
 */
export const SERVICE_GROUPS: CategoryGroup[] = [
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
