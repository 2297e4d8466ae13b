// Portrait attributes. Ids and names of age, sex and the first ten interests are the reference
// example's; the last five interests are ours (ids invented in the same style), so the interest
// dimension is not only the example's top ten.
export interface Attribute {
  id: string
  name: string
  /** Typical share before each app's own tilt. */
  weight: number
}

export const AGE_ATTRIBUTES: readonly Attribute[] = [
  { id: '13539008165231256741', name: '18岁以下', weight: 1.5 },
  { id: '3615607858952929332', name: '18-24岁', weight: 9 },
  { id: '3687662158750941236', name: '25-34岁', weight: 27 },
  { id: '3759719757083836468', name: '35-44岁', weight: 31 },
  { id: '3831777355416731700', name: '45-54岁', weight: 22 },
  { id: '3903834953749626932', name: '55-64岁', weight: 7 },
  { id: '13539004888154432677', name: '65岁以上', weight: 1.5 }
]

export const SEX_ATTRIBUTES: readonly Attribute[] = [
  { id: '51673640596406272', name: '男', weight: 50 },
  { id: '50566423797301248', name: '女', weight: 50 }
]

export const INTEREST_ATTRIBUTES: readonly Attribute[] = [
  { id: '1817285150070878431', name: '软件应用', weight: 8.5 },
  { id: '16754716521762172846', name: '资讯', weight: 8.3 },
  { id: '2013145566775166121', name: '影视音乐', weight: 7.4 },
  { id: '1916599189664044924', name: '医疗健康', weight: 6.4 },
  { id: '1926856852155349220', name: '书籍阅读', weight: 5.5 },
  { id: '1887137221346444591', name: '教育培训', weight: 5.4 },
  { id: '1915893612878190809', name: '餐饮美食', weight: 5 },
  { id: '1981319425202935271', name: '建材家居', weight: 5 },
  { id: '1773684818352659311', name: '旅游酒店', weight: 4.5 },
  { id: '1988066904813920250', name: '母婴亲子', weight: 3.7 },
  { id: '1779436021857363112', name: '游戏', weight: 4.2 },
  { id: '1931377540196254067', name: '汽车', weight: 3.6 },
  { id: '1864109925731478826', name: '金融理财', weight: 3.3 },
  { id: '1958842097303561375', name: '运动健身', weight: 2.9 },
  { id: '1802957716468290443', name: '购物', weight: 4.8 }
]
