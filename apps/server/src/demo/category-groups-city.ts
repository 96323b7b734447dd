import type { Urgency } from '@onegrid/domain';
import type { CategoryGroup } from './categories.ts';

const E: Urgency = 'emergency';
const U: Urgency = 'urgent';
const O: Urgency = 'ordinary';
const X: Urgency = 'complex';

/**
 * GB/T 30428 (数字化城市管理信息系统): the component classes (部件: 公用设施, 道路交通, 市容环境, 园林绿化, 房屋土地) and
 * event classes (事件: 市容环境, 宣传广告, 施工管理, 街面秩序, 房屋管理) that city-management grids patrol.
 */
export const CITY_GROUPS: CategoryGroup[] = [
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
];
