import { describe, expect, it } from 'vitest';
import { arabicDate } from '../src/parsers/report/dates.ts';
import { segmentPlaces } from '../src/parsers/report/places.ts';
import { parseText } from '../src/parsers/index.ts';

describe('place names', () => {
  it.each([
    ['阿拉善盟阿拉善右旗巴丹吉林镇', ['阿拉善盟', '阿拉善右旗', '巴丹吉林镇'], ''],
    ['浙江省湖州市吴兴区', ['浙江省', '湖州市', '吴兴区'], ''],
    ['丰城市湖塘乡', ['丰城市', '湖塘乡'], ''],
    ['新市镇', ['新市镇'], ''],
    ['中山市东区街道', ['中山市', '东区街道'], ''],
    ['临沂市市场监督管理局', ['临沂市'], '市场监督管理局'],
    ['抚远市自然资源局', ['抚远市'], '自然资源局'],
    ['湖州经济技术开发区', ['湖州经济技术开发区'], ''],
    ['浙江省湖州市湖州经济技术开发区', ['浙江省', '湖州市', '湖州经济技术开发区'], ''],
    ['苏州工业园区', ['苏州工业园区'], ''],
    ['兰州新区', ['兰州新区'], ''],
    ['湖州吴兴区', ['湖州', '吴兴区'], ''],
    ['湘西州吉首经济开发区', ['湘西州', '吉首经济开发区'], ''],
    // a township whose name opens with a level's character is no county ending in 镇
    ['平昌县镇龙镇', ['平昌县'], '镇龙镇'],
    ['拖市镇', ['拖市镇'], ''],
    ['老县镇', ['老县镇'], ''],
  ])('%s', (text, units, rest) => {
    expect(segmentPlaces(text)).toEqual({ units, rest });
  });
});

describe('dates in Chinese numerals', () => {
  it.each([
    ['二〇二一年一月十五日', '2021年1月15日'],
    ['二〇二二年十二月三十一日', '2022年12月31日'],
    ['二〇二一年十月', '2021年10月'],
    ['2021年1月', '2021年1月'],
  ])('%s', (text, want) => expect(arabicDate(text)).toBe(want));
});

const report = (title: string, signature: string[] = []) =>
  [title, '一、总体情况', '本年度依申请公开工作依法规范。', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '无', ...signature].join('\n');

describe('who issued the report', () => {
  it.each([
    ['盐镇乡人民政府2021年政府信息公开工作年度报告', [], { organ: '盐镇乡人民政府', name: '盐镇乡', region: [], year: 2021, published: null }],
    ['2020年郑宅镇政府信息公开工作 年度报告', ['2021年1月'], { organ: null, name: '郑宅镇', region: [], year: 2020, published: '2021-01' }],
    ['湖塘乡2020年政府信息公开工作年度报告', ['丰城市湖塘乡人民政府'], { organ: '湖塘乡人民政府', name: '湖塘乡', region: ['丰城市'], year: 2020, published: null }],
    ['黄田街道办事处2022年政府信息公开工作年度报告', ['二〇二三年一月二十日'], { organ: '黄田街道办事处', name: '黄田街道', region: [], year: 2022, published: '2023-01-20' }],
    ['撫遠市自然資源局2021年政府信息公開工作年度報告', [], { organ: '抚远市自然资源局', name: '抚远市自然资源局', region: [], year: 2021, published: null }],
    ['呼伦贝尔经济技术开发区2021年政府信息公开工作年度报告', ['呼伦贝尔市呼伦贝尔经济技术开发区管理委员会'], { organ: '呼伦贝尔经济技术开发区管理委员会', name: '呼伦贝尔经济技术开发区', region: ['呼伦贝尔市'], year: 2021, published: null }],
    ['湖州经济技术开发区管理委员会2020年政府信息公开工作年度报告', ['浙江省湖州市湖州经济技术开发区管理委员会'], { organ: '湖州经济技术开发区管理委员会', name: '湖州经济技术开发区', region: ['浙江省', '湖州市'], year: 2020, published: null }],
    ['苏州工业园区2022年政府信息公开工作年度报告', [], { organ: '苏州工业园区', name: '苏州工业园区', region: [], year: 2022, published: null }],
    ['关于印发《青山街道办事处2022年政府信息公开工作年度报告》的通知', [], { organ: '青山街道办事处', name: '青山街道', region: [], year: 2022, published: null }],
    ['青山镇2022年度政府信息公开年报', ['青山镇人民政府'], { organ: '青山镇人民政府', name: '青山镇', region: [], year: 2022, published: null }],
    ['武义县青山镇政府信息公开工作2022年度报告', [], { organ: null, name: '青山镇', region: ['武义县'], year: 2022, published: null }],
    ['2025湖口县大垅乡2025年度政府信息公开工作年度报告', [], { organ: null, name: '大垅乡', region: ['湖口县'], year: 2025, published: null }],
  ])('%s', (title, signature, want) => {
    const r = parseText(report(title, signature), 'x.txt');
    expect({ organ: r.organ, name: r.name, region: r.region, year: r.year, published: r.published }).toEqual(want);
  });
});

describe('titles and dates as pages print them', () => {
  it('reads a title broken after the organ', () => {
    const r = parseText(report('盐镇乡人民政府').replace('盐镇乡人民政府', '盐镇乡人民政府\n2021年政府信息公开工作年度报告'), 'x.txt');
    expect({ organ: r.organ, name: r.name, year: r.year }).toEqual({ organ: '盐镇乡人民政府', name: '盐镇乡', year: 2021 });
  });

  it.each([
    ['报告中所列数据的统计期限为2025年1月1日至2025年12月31日。', 2025],
    ['本年度报告中所列数据统计期限从2019年1月1日到12月31日止。', 2019],
    ['本报告所列统计数据的期限自2023年1月1日起至2023年12月31日止。', 2023],
    ['报告中所列数据统计起止时间为2023年1月1日-2023年12月31日。', 2023],
    ['坚持依法公开,2022年,我局在县人民政府网站主动公开信息45条。', 2022],
    ['截止2023年12月31日我局共公开信息120条。', 2023],
    ['2019年度街道受理信息公开申请0件。', 2019],
    ['(二)依申请公开类指标。2022年共收到8项依申请公开,均已办结。', 2022],
    ['2020年,我局门户网站更新信息406条,发布政策文件及2019年度信息公开工作报告。', 2020],
  ])('takes the year from the statistics period when no title gives it: %s', (sentence, year) => {
    const r = parseText(report('一、总体情况').replace('本年度依申请公开工作依法规范。', sentence), 'x.txt');
    expect(r.year).toBe(year);
  });

  it.each([
    ['the organ below a title that names none', ['2022年政府信息公开工作年度报告', '桃江县松木塘镇人民政府', '2022年政府信息公开工作年度报告'], { organ: '松木塘镇人民政府', name: '松木塘镇', region: ['桃江县'], year: 2022, published: null }],
    ['a department above a title that names none', ['刚察县人民政府办公室', '2023年度政府信息公开工作年度报告'], { organ: '刚察县人民政府办公室', name: '刚察县人民政府办公室', region: [], year: 2023, published: null }],
    ['a title with no year', ['驼峰路街道办事处政府信息公开工作年度报告', '一、总体情况', '2020年度我街办未接到提出公开政府信息的申请。'], { organ: '驼峰路街道办事处', name: '驼峰路街道', region: [], year: 2020, published: null }],
    ['the title only in the opening sentence', ['发布日期 | 2023-01-30 | 文 号 |', '按照县政府办公室通知要求，现将茅坪回族镇2022年度政府信息公开工作报告如下:'], { organ: null, name: '茅坪回族镇', region: [], year: 2022, published: '2023-01-30' }],
    ['no title: the township the opening speaks for', ['一、总体情况', '2025年,高良乡人民政府始终秉持公开透明的原则,积极落实县人民政府的部署。统计期限为2025年1月1日至2025年12月31日。若有疑问,可与高良乡人民政府党政办联系。'], { organ: '高良乡人民政府', name: '高良乡', region: [], year: 2025, published: null }],
    ['no title: the zone the opening speaks for', ['本报告根据《条例》规定进行编制。', '2023年,甘眉工业园区管委会严格按照《条例》,坚持以公开为常态。'], { organ: '甘眉工业园区管委会', name: '甘眉工业园区', region: [], year: 2023, published: null }],
    ['no title: the zone the report is made by, its city in its name', ['本报告依据《条例》要求,由台州湾经济技术开发区管委会结合有关统计数据编制。统计期限自2023年1月1日起至2023年12月31日止。'], { organ: '台州湾经济技术开发区管委会', name: '台州湾经济技术开发区', region: [], year: 2023, published: null }],
    ['no title: a name that cuts in two is not guessed', ['本报告依据《条例》要求,由开化县华埠工业园区管委会结合有关统计数据编制。统计期限自2023年1月1日起至2023年12月31日止。'], { organ: null, name: null, region: [], year: 2023, published: null }],
    ['no title and no township named', ['一、总体情况', '2025年,我单位按照县人民政府的部署推进政务公开。'], { organ: null, name: null, region: [], year: 2025, published: null }],
    ['a title that reports on 情况', ['宁强县自然资源局关于2021年度政府信息公开情况的报告', '宁强县自然资源局'], { organ: '宁强县自然资源局', name: '宁强县自然资源局', region: [], year: 2021, published: null }],
    ['a title broken after the year', ['东湖区行政服务中心管委会2020年', '政府信息公开工作年度报告'], { organ: '东湖区行政服务中心管委会', name: '东湖区行政服务中心', region: [], year: 2020, published: null }],
    ['a title broken inside the organ\'s name', ['武汉市退', '役军人事务局2021年政府信息公开工作年度报告'], { organ: '武汉市退役军人事务局', name: '武汉市退役军人事务局', region: [], year: 2021, published: null }],
    ['a column name above a title whose organ has no place', ['信息公开年报', '区民政局2021年政府信息公开工作年度报告'], { organ: '区民政局', name: '区民政局', region: [], year: 2021, published: null }],
    ['a file card whose labels are bracketed', ['[ 索 引 号 ] | xxkjcyy/2019-0000021 | [ 文 号 ] | |', '[ 成文日期 ] | 2019-03-25 | [ 公开日期 ] | 2019-03-25 |', '光明电子产业园2018年度政府信息公开工作年度报告'], { organ: '光明电子产业园', name: '光明电子产业园', region: [], year: 2018, published: '2019-03-25' }],
    [
      'a file card copied a cell a line above the title',
      [...['索引号:', 'B11020-3001-0042', '主题分类:', '', '发布机构:', '东湖区数据管理局', '生成日期:', '2021-01-27 16:37', '文件编号:', '', '有效性:', '有效', '公开范围:', '面向全社会', '公开方式:', '主动公开', '发文字号:', '东湖服〔2021〕1号', '关键词:', '年度报告'].map((c) => `\t${c}`), '东湖区行政服务中心管委会2020年政府信息公开工作年度报告'],
      { organ: '东湖区行政服务中心管委会', name: '东湖区行政服务中心', region: [], year: 2020, published: '2021-01-27' },
    ],
    ['a title broken before 年度报告', ['重庆市沙坪坝区2020年政府信息公开工作', '年度报告'], { organ: null, name: '沙坪坝区', region: ['重庆市'], year: 2020, published: null }],
    ['a column name above the title', ['2020年信息公开年报', '蒲纺工业园区2020年政府信息公开工作年度报告'], { organ: '蒲纺工业园区', name: '蒲纺工业园区', region: [], year: 2020, published: null }],
    ['the report published by name in the opening', ['根据《条例》要求,现公布丽岙街道2023年度政府信息公开工作年度报告。'], { organ: null, name: '丽岙街道', region: [], year: 2023, published: null }],
    ['the report published to the public by name', ['根据《条例》等规定,现特向社会公布文昌阁乡2025年度政府信息公开年度报告。'], { organ: null, name: '文昌阁乡', region: [], year: 2025, published: null }],
    ['the report published by name, in 《》', ['根据《条例》规定,现发布《同心县自然资源局2021年政府信息公开工作年度报告》。'], { organ: '同心县自然资源局', name: '同心县自然资源局', region: [], year: 2021, published: null }],
    ['我办 names nothing: the office the overview speaks for', ['现将我办2022年度政府信息公开情况报告如下:', '一、总体情况', '2022年,区政府办公室认真贯彻执行《条例》。'], { organ: '区政府办公室', name: '区政府办公室', region: [], year: 2022, published: null }],
    ['a title with no unit: the office the overview speaks for', ['关于2022年度政府信息公开情况的报告', '一、总体情况', '2022年,二道区房屋征收工作管理办公室认真贯彻落实《条例》。'], { organ: '二道区房屋征收工作管理办公室', name: '二道区房屋征收工作管理办公室', region: [], year: 2022, published: null }],
    ['no title: the township to contact', ['一、总体情况', '2020年,我镇收到0件信息公开申请。如对本报告有任何疑问,请与唐村镇人民政府联系。'], { organ: '唐村镇人民政府', name: '唐村镇', region: [], year: 2020, published: null }],
    ['more levels where the report gives its address', ['经纬街道2022年政府信息公开工作年度报告', '如对本报告有疑问，请联系哈尔滨市道里区经纬街道办事处(联系地址:…)。'], { organ: '经纬街道办事处', name: '经纬街道', region: ['哈尔滨市', '道里区'], year: 2022, published: null }],
    ['a level named in a sentence before the unit is not a place', ['宝力根花苏木2025年政府信息公开工作年度报告', '本报告全文包括扎赉特旗宝力根花苏木人民政府的六个部分。'], { organ: '宝力根花苏木人民政府', name: '宝力根花苏木', region: [], year: 2025, published: null }],
    ['a page field before the title, naming its unit from inside the county', ['成文日期 2023-01-18 发布日期 2023-01-18', '标 题 县政府办2022年度政府信息公开工作年度报告', '一、总体情况', '2022年,府谷县人民政府办公室严格贯彻落实《条例》。'], { organ: '府谷县人民政府办公室', name: '府谷县人民政府办公室', region: [], year: 2022, published: '2023-01-18' }],
    ['no title: the department that compiled it', ['本年度报告根据《条例》要求,由景宁畲族自治县民政局编制。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。'], { organ: '景宁畲族自治县民政局', name: '景宁畲族自治县民政局', region: [], year: 2022, published: null }],
    ['no title: a township that compiled it through its office', ['本报告由微山县两城镇人民政府党政办公室编制。统计期限自2021年1月1日起至2021年12月31日止。'], { organ: '两城镇人民政府', name: '两城镇', region: ['微山县'], year: 2021, published: null }],
    ['a page run into one line, naming what it calls itself', ['绵阳市发展和改革委员会2023年政府信息公开工作年度报告(以下简称年报)是根据《条例》和省、市相关规定编制。全文包括总体情况等6个部分。2023年,市发展改革委认真贯彻《条例》。'], { organ: '绵阳市发展和改革委员会', name: '绵阳市发展和改革委员会', region: [], year: 2023, published: null }],
    ['the title only in the opening sentence, with 现把', ['现把长治市科技局2019年度政府信息公开工作情况报告如下:'], { organ: '长治市科技局', name: '长治市科技局', region: [], year: 2019, published: null }],
    ['no title: the street whose name opens the overview', ['一、总体情况', '良渚街道认真贯彻落实《条例》,不断建立健全信息公开制度。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。'], { organ: null, name: '良渚街道', region: [], year: 2022, published: null }],
    ['the region where the report says where the unit sits', ['贺胜桥镇2022年政府信息公开工作年度报告', '贺胜桥镇人民政府办公地点设于咸安区贺胜桥镇。'], { organ: '贺胜桥镇人民政府', name: '贺胜桥镇', region: ['咸安区'], year: 2022, published: null }],
    ['a county\'s government without 人民', ['镇宁自治县政府2019年信息公开工作年度报告'], { organ: '镇宁自治县政府', name: '镇宁自治县', region: [], year: 2019, published: null }],
    ['no title: the government whose disclosure work the overview speaks of, not the office to contact', ['本报告根据《条例》规定编制。如有疑问请与泸州市信息公开办公室联系。', '一、总体情况', '2019年,泸州市人民政府信息公开工作以习近平新时代中国特色社会主义思想为指导。'], { organ: '泸州市人民政府', name: '泸州市', region: [], year: 2019, published: null }],
    ['no title: the township whose 政府 the overview speaks for', ['一、总体情况', '2021年,红升乡政府十分重视政府信息公开工作,提高乡政府工作的透明度。'], { organ: '红升乡政府', name: '红升乡', region: [], year: 2021, published: null }],
    ['a zone named only 高新区 takes its place into its name, as the report writes it', ['本报告由临沂高新区党政办公室按照《条例》的要求编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如有疑问请联系临沂市高新区党政办公室。'], { organ: '临沂高新区', name: '临沂高新区', region: [], year: 2024, published: null }],
    ['a township whose name opens with 镇, its county before it', ['平昌县镇龙镇2021年政府信息公开工作年度报告', '平昌县镇龙镇人民政府'], { organ: '镇龙镇人民政府', name: '镇龙镇', region: ['平昌县'], year: 2021, published: null }],
    ['a township 政府 that is a website names no unit', ['本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。目前榆盘镇政府网站运行良好。'], { organ: null, name: null, region: [], year: 2021, published: null }],
    ['no title: the township whose year of disclosure work the overview opens with', ['一、总体情况', '2022年,河东乡政府信息公开工作在县委、县政府的正确领导下稳步推进。'], { organ: null, name: '河东乡', region: [], year: 2022, published: null }],
    ['a zone issues its report in its own name', ['根據《條例》,特編制杭州錢江經濟開發區2022年度政府信息公開工作報告,并向社會公布。'], { organ: '杭州钱江经济开发区', name: '杭州钱江经济开发区', region: [], year: 2022, published: null }],
    ['a date in brackets under the title', ['厦门市医疗保障局2022年政府信息公开工作年度报告', '(2023-01-06)'], { organ: '厦门市医疗保障局', name: '厦门市医疗保障局', region: [], year: 2022, published: '2023-01-06' }],
    ['a county the overview speaks for, inside a line', ['一、总体情况', '(一)主动公开方面。2022年,中江县认真贯彻《条例》。本报告由中江县人民政府办公室组织编制。'], { organ: '中江县人民政府', name: '中江县', region: [], year: 2022, published: null }],
    ['the opening names the report with a year and no 年', ['根据《条例》规定,现将耿马自治县2021政府信息公开工作年度报告进行公开。'], { organ: null, name: '耿马自治县', region: [], year: 2021, published: null }],
    ['the date in brackets under the title', ['左贡县人民政府2021年度', '信息公开年度报告', '(2022年1月)'], { organ: '左贡县人民政府', name: '左贡县', region: [], year: 2021, published: '2022-01' }],
    ['the district government between the places and the street', ['广州市荔湾区人民政府南源街道办事处2020年政府信息公开工作年度报告'], { organ: '南源街道办事处', name: '南源街道', region: ['广州市', '荔湾区'], year: 2020, published: null }],
    ['a township the overview speaks for after 本年度 or 以来', ['一、总体情况', '2022年以来,丰收乡在县委县政府的领导下推进政务公开。'], { organ: null, name: '丰收乡', region: [], year: 2022, published: null }],
    ['a title whose 政府 is also the organ\'s', ['2024年托克逊县夏镇人民政府信息公开工作年度报告'], { organ: '夏镇人民政府', name: '夏镇', region: ['托克逊县'], year: 2024, published: null }],
    ['a township government without 人民, its date line under a bullet, its address', ['两英镇政府2021年信息公开工作年度报告', '• 2022-04-25 09:14', '通信地址:汕头市潮南区两英镇雷英北路23号'], { organ: '两英镇政府', name: '两英镇', region: ['汕头市', '潮南区'], year: 2021, published: '2022-04-25' }],
    ['no title: the township the report is made by', ['一、总体情况', '本报告由高楼乡人民政府按照《条例》要求编制。统计期限为2023年1月1日至2023年12月31日。'], { organ: '高楼乡人民政府', name: '高楼乡', region: [], year: 2023, published: null }],
    ['a date field shared with the validity', ['发文机构: | 生成日期/有效期: | 2022-01-29 14:59:17', '山西省交通运输厅2021年政府信息公开工作年度报告'], { organ: '山西省交通运输厅', name: '山西省交通运输厅', region: [], year: 2021, published: '2022-01-29' }],
    ['a breadcrumb above the title, the date line below it', ['首页 > 政务公开 > 政府信息公开年报 > 2021 > 街道办事处政府信息公开工作年度报告', '2021年迎宾路街道政府信息公开工作年度报告', '迎宾路街道办事处', '2022年01月18日来源:1'], { organ: '迎宾路街道办事处', name: '迎宾路街道', region: [], year: 2021, published: '2022-01-18' }],
    ['no title: the street office to contact, with its places', ['本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有任何疑问,请与南通市通州区兴东街道办事处联系(地址:…)。'], { organ: '兴东街道办事处', name: '兴东街道', region: ['南通市', '通州区'], year: 2021, published: null }],
    ['no title: the department whose office to contact', ['统计期限为2020年1月1日至2020年12月31日。如对本报告有疑问,请与马鞍山市花山区发改委办公室联系。'], { organ: '花山区发改委', name: '花山区发改委', region: ['马鞍山市'], year: 2020, published: null }],
    ['no title: the township whose office to contact', ['特向社会公布2021年度本镇政府信息公开年度报告。如对本报告有任何疑问,请与衢州市衢江区湖南镇政府综合督考办公室联系。'], { organ: '湖南镇政府', name: '湖南镇', region: ['衢州市', '衢江区'], year: 2021, published: null }],
    ['no title: a street office named without 街道', ['统计期限为2019年1月1日至2019年12月31日。如有疑问,请与铜陵市铜官区东郊办事处联系。'], { organ: '东郊办事处', name: '东郊办事处', region: ['铜陵市', '铜官区'], year: 2019, published: null }],
    ['no title: a county\'s coordinating office names no unit', ['统计期限为2021年1月1日至2021年12月31日。如对本报告有疑问,请与清江浦区政务公开工作领导小组办公室联系。'], { organ: null, name: null, region: [], year: 2021, published: null }],
    ['a title naming its unit from inside the city keeps it over a service desk to contact', ['市府东路街道政府信息公开工作年度报告', '统计期限为2025年1月1日至2025年12月31日。如有疑问请与市府东路街道党群服务中心联系。'], { organ: null, name: '市府东路街道', region: [], year: 2025, published: null }],
    ['the report published to the public by name, the year first', ['根据《条例》规定,特向社会公布2019年度涵江区人社局政府信息公开工作年度报告。'], { organ: '涵江区人社局', name: '涵江区人社局', region: [], year: 2019, published: null }],
    ['published to the public without 现', ['根据《条例》规定,特向社会公布螺洋街道2021年度信息公开年度报告。'], { organ: null, name: '螺洋街道', region: [], year: 2021, published: null }],
    ['published as a kind of unit, which names none but gives the year', ['根据《条例》要求,特编制并向社会公布2021年度街道信息公开年度报告。'], { organ: null, name: null, region: [], year: 2021, published: null }],
    ['published as the body itself, which gives the year', ['特向社会公布2019年本级政府(机关)信息公开年度报告。'], { organ: null, name: null, region: [], year: 2019, published: null }],
    ['a page field 名称 before the title', ['名  称: 三河市泃阳西大街街道办事处2019年政府信息公开工作年度报告'], { organ: '泃阳西大街街道办事处', name: '泃阳西大街街道', region: ['三河市'], year: 2019, published: null }],
    ['the organ\'s full title over 镇政府 named before it', ['唐村镇2020年政府信息公开工作年度报告', '唐村镇政府高度重视信息公开工作。', '唐村镇人民政府'], { organ: '唐村镇人民政府', name: '唐村镇', region: [], year: 2020, published: null }],
    ['a breadcrumb ending in the report\'s name is no title', ['当前位置: 网站首页 -> 政务公开 -> 政府信息公开年报 -> 2020年政府信息公开年报 -> 正文', '山阳县人民政府2020年政府信息公开工作年度报告'], { organ: '山阳县人民政府', name: '山阳县', region: [], year: 2020, published: null }],
    ['no title: whom to contact after a colon, the district government between places and street', ['统计期限为2023年1月1日至12月31日。如对本年度报告有疑问,请联系:杭州市滨江区人民政府长河街道办事处;联系电话:…'], { organ: '长河街道办事处', name: '长河街道', region: ['杭州市', '滨江区'], year: 2023, published: null }],
    ['no title: a zone whose committee\'s office to contact', ['统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问,请与奉新县高新技术产业园区管委会办公室联系。'], { organ: '高新技术产业园区管委会', name: '高新技术产业园区', region: ['奉新县'], year: 2022, published: null }],
    ['the report made by name', ['根据《条例》要求,特编制光明电子产业园2018年度政府信息公开工作年度报告。'], { organ: '光明电子产业园', name: '光明电子产业园', region: [], year: 2018, published: null }],
    ['no title: the office the overview speaks for, no comma after the year', ['统计期限为2022年1月1日至2022年12月31日。', '一、总体情况', '2022年宜城市教育局未收到依申请公开信息。'], { organ: '宜城市教育局', name: '宜城市教育局', region: [], year: 2022, published: null }],
    ['a sentence\'s words before a zone\'s committee name no zone', ['一、总体情况', '2025年,结合机构改革实际,第一时间完成开发区管委会各部门简介的更新。'], { organ: null, name: null, region: [], year: 2025, published: null }],
    ['a city\'s bureau\'s branch in a district', ['遂宁市公安局船山区分局2023年政府信息公开工作年度报告'], { organ: '遂宁市公安局船山区分局', name: '遂宁市公安局船山区分局', region: [], year: 2023, published: null }],
    ['a county government and its offices together', ['城口县人民政府机关', '2020年政府信息公开工作年度报告'], { organ: '城口县人民政府机关', name: '城口县', region: [], year: 2020, published: null }],
    ['the district government before the street, where the report is made', ['厚桥街道2023年政府信息公开工作年度报告', '本报告由无锡市锡山区人民政府厚桥街道党政办公室编制。'], { organ: null, name: '厚桥街道', region: ['无锡市', '锡山区'], year: 2023, published: null }],
    ['a date and a source field before the organ are no places', ['大垌镇人民政府2023年政府信息公开工作年度报告', '2024-01-16 08:40 来源:钦北区大垌镇人民政府'], { organ: '大垌镇人民政府', name: '大垌镇', region: ['钦北区'], year: 2023, published: '2024-01-16' }],
    ['a title broken before its year and 情况的报告', ['盐城市行政审批局政府信息公开工作', '2022年度情况的报告'], { organ: '盐城市行政审批局', name: '盐城市行政审批局', region: [], year: 2022, published: null }],
    ['what a page put before the unit in a title is no part of it', ['现编制形成了《uedbet体育_uedbet官网@:西柳镇人民政府2023年政府信息公开工作年度报告》。'], { organ: '西柳镇人民政府', name: '西柳镇', region: [], year: 2023, published: null }],
    ['a department named from inside its county, the county named by its website', ['县乡村振兴局2021年政府信息公开工作年度报告', '县乡村振兴局以青川县门户网站为主要公开平台。'], { organ: '青川县乡村振兴局', name: '青川县乡村振兴局', region: [], year: 2021, published: null }],
    ['a zone committee\'s office named from inside the zone', ['区管委会办公室2025年政府信息公开工作年度报告', '全年依托长兴岛经济技术开发区门户网站共发布各类信息。'], { organ: '长兴岛经济技术开发区管委会办公室', name: '长兴岛经济技术开发区管委会办公室', region: [], year: 2025, published: null }],
    ['a department named from inside its county, two counties named: as printed', ['县乡村振兴局2021年政府信息公开工作年度报告', '县乡村振兴局以青川县门户网站和剑阁县人民政府网站为平台。'], { organ: '县乡村振兴局', name: '县乡村振兴局', region: [], year: 2021, published: null }],
    ['the report made public by name, the district before the street', ['根据《条例》规定,现公开锡山区东北塘街道2019年度政府信息公开工作报告。'], { organ: null, name: '东北塘街道', region: ['锡山区'], year: 2019, published: null }],
    ['a title of the body itself (政府(机关))', ['2019年度青龙镇政府(机关)信息公开年度报告', '地址:建水县青龙镇人民政府'], { organ: '青龙镇政府', name: '青龙镇', region: ['建水县'], year: 2019, published: null }],
    ['no title: a provincial department whose office to contact', ['统计期限为2022年1月1日至2022年12月31日。如对本报告有疑问,请联系浙江省水利厅办公室。'], { organ: '浙江省水利厅', name: '浙江省水利厅', region: [], year: 2022, published: null }],
    ['a name the report shortens after it', ['现公布随县经济开发区(以下简称县开发区)2019年政府信息公开工作年度报告。'], { organ: '随县经济开发区', name: '随县经济开发区', region: [], year: 2019, published: null }],
    ['a report on 政务信息公开', ['舒兰市市场监督管理局2016年政务信息公开年度报告'], { organ: '舒兰市市场监督管理局', name: '舒兰市市场监督管理局', region: [], year: 2016, published: null }],
    ['no title: 年度我乡 names nothing', ['2023年度我乡在信息公开发布平台上主动公开政府信息300余条。'], { organ: null, name: null, region: [], year: 2023, published: null }],
    ['a county department whose words hold 城乡', ['章贡区住房和城乡建设局2020年政府信息公开工作年度报告'], { organ: '章贡区住房和城乡建设局', name: '章贡区住房和城乡建设局', region: [], year: 2020, published: null }],
    ['a site\'s name before the title', ['长沙市政府门户网站-2022年长沙市卫生健康委员会政府信息公开工作年度报告_足彩app'], { organ: '长沙市卫生健康委员会', name: '长沙市卫生健康委员会', region: [], year: 2022, published: null }],
    ['a page run into one line, its title first', ['清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年,清水县政府信息公开工作以习近平新时代中国特色社会主义思想为指导,认真贯彻落实《条例》,坚持以公开为常态、不公开为例外,推进决策、执行、管理、服务、结果公开。'], { organ: '清水县人民政府', name: '清水县', region: [], year: 2019, published: null }],
    ['no title: a provincial department the overview speaks for', ['统计期限为2022年1月1日至2022年12月31日。', '一、总体情况', '2022年,山西省退役军人事务厅未收到依申请公开事项。'], { organ: '山西省退役军人事务厅', name: '山西省退役军人事务厅', region: [], year: 2022, published: null }],
    ['no title: the year of the report, not of last year\'s it cites', ['根据《条例》有关规定,编制本报告。', '一、总体情况', '2022年,国家新闻出版署坚持以习近平新时代中国特色社会主义思想为指导。', '二是稳妥做好主动公开。公开发布《国家新闻出版署2021年政府信息公开工作年度报告》。'], { organ: '国家新闻出版署', name: '国家新闻出版署', region: [], year: 2022, published: null }],
    ['the publisher field of a page names the unit with its county', ['| 索引号 | 115330250152645191/20260116-00001 | 发布机构 | 昌宁县田园镇 |', '田园镇2025年政府信息公开工作年度报告'], { organ: null, name: '田园镇', region: ['昌宁县'], year: 2025, published: null }],
    ['the opening names the report with the year first', ['根据《条例》规定,现将2021年陇县财政局政府信息公开工作年度报告公布如下。'], { organ: '陇县财政局', name: '陇县财政局', region: [], year: 2021, published: null }],
    ['the unit\'s places where the report names who takes requests', ['桃源街道2022年政府信息公开工作年度报告', '政府信息公开申请的受理机构为长春市南关区桃源街道办事处。'], { organ: '桃源街道办事处', name: '桃源街道', region: ['长春市', '南关区'], year: 2022, published: null }],
    ['a department named from inside its county, in full where to ask', ['现将2020年度县交通运输局政府信息公开工作年度报告公布如下。如有疑问,请联系珙县交通运输局办公室。'], { organ: '珙县交通运输局', name: '珙县交通运输局', region: [], year: 2020, published: null }],
    ['a title broken after a year without 年', ['北京市西城区人民防空办公室2020', '', '政府信息公开工作年度报告'], { organ: '西城区人民防空办公室', name: '西城区人民防空办公室', region: ['北京市'], year: 2020, published: null }],
    ['a city bureau whose words hold 城市', ['南京市城市管理局2023年政府信息公开工作年度报告'], { organ: '南京市城市管理局', name: '南京市城市管理局', region: [], year: 2023, published: null }],
    ['a site\'s section run into the title', ['宝鸡市人民政府门户网站部门宝鸡市体育局2022年政府信息公开工作年度报告'], { organ: '宝鸡市体育局', name: '宝鸡市体育局', region: [], year: 2022, published: null }],
    ['a township government without 人民 named only where to ask', ['五常市背荫河镇2022年政府信息公开工作年度报告', '如有疑问,请联系五常市背荫河镇政府。'], { organ: '背荫河镇政府', name: '背荫河镇', region: ['五常市'], year: 2022, published: null }],
    ['the report compiled by name in the opening', ['根据《条例》要求,编制了罗庄区市场监督管理局2022年政府信息公开工作年度报告。'], { organ: '罗庄区市场监督管理局', name: '罗庄区市场监督管理局', region: [], year: 2022, published: null }],
    ['the report compiled by name, its city before it', ['根据《条例》等相关规定,编制达州市万源市自然资源局2024年政府信息公开工作年度报告。'], { organ: '万源市自然资源局', name: '万源市自然资源局', region: ['达州市'], year: 2024, published: null }],
    ['a compiled report whose unit a publishing verb opens', ['根据《条例》规定,编制并公布2021年度报告,现公布区统计局2021年政府信息公开工作年度报告。', '2021年,区统计局认真贯彻《条例》。'], { organ: '区统计局', name: '区统计局', region: [], year: 2021, published: null }],
    ['a zone publishing its year of work by name', ['依据《条例》,现公布2021年度弋阳县高新科技产业园管理委员会信息公开年度工作情况。'], { organ: '弋阳县高新科技产业园管理委员会', name: '弋阳县高新科技产业园', region: [], year: 2021, published: null }],
    ['a department named from inside its city, and in full in a document it made', ['2023年,市自然资源和规划局认真贯彻落实《条例》。', '修订了《东阳市自然资源和规划局信息公开工作机制》。'], { organ: '东阳市自然资源和规划局', name: '东阳市自然资源和规划局', region: [], year: 2023, published: null }],
    ['a zone that calls itself 高新区, its city named in a document it issued', ['2023年,高新区深入贯彻《条例》,扎实开展各项工作。', '印发《鞍山高新区关于开展政务公开日活动的通知》。'], { organ: '鞍山高新区', name: '鞍山高新区', region: [], year: 2023, published: null }],
    ['a zone that calls itself 高新区, with its city where lines open', ['2023年,高新区认真贯彻落实《条例》。', '咸宁高新区按照市委、市政府的要求公开政府信息。', '咸宁高新区公开各类政务信息833条。'], { organ: '咸宁高新区', name: '咸宁高新区', region: [], year: 2023, published: null }],
    ['a zone whose line opens with the year, not a place', ['2023年,经开区认真贯彻落实《条例》。', '今年经开区公开各类政务信息833条。'], { organ: '经开区', name: '经开区', region: [], year: 2023, published: null }],
    ['a page date stamped with the time and who published it', ['2021年河东镇政府信息公开工作年度报告', '2022-01-29 10:27:52 陆丰市人民政府办公室'], { organ: null, name: '河东镇', region: [], year: 2021, published: '2022-01-29' }],
    ['a page run into one line: the office its overview speaks for', ['编制说明:本年度报告根据相关规定编制。统计期限自2022年1月1日起至2022年12月31日止。一、总体情况 2022年,衡阳市商务局认真贯彻实施《条例》。'], { organ: '衡阳市商务局', name: '衡阳市商务局', region: [], year: 2022, published: null }],
    ['a date under the title with who published it, no time', ['伊宁县2023年政府信息公开工作年度报告', '2024-01-26   伊宁县人民政府办公室'], { organ: '伊宁县人民政府', name: '伊宁县', region: [], year: 2023, published: '2024-01-26' }],
    ['the date published, not the date written', ['乌拉特前旗沙德格苏木2021年政府信息公开工作年度报告', '成文日期 2022-01-08 发布日期 2022-09-06'], { organ: null, name: '沙德格苏木', region: ['乌拉特前旗'], year: 2021, published: '2022-09-06' }],
    ['a title that keeps a list bullet', ['• 二道河镇人民政府2021年政府信息公开工作年度报告'], { organ: '二道河镇人民政府', name: '二道河镇', region: [], year: 2021, published: null }],
    ['a page date stamped with the time and its clicks', ['2021年伊吾县人民政府信息公开工作年度报告', '2022-01-01 20:51     (点击: )'], { organ: '伊吾县人民政府', name: '伊吾县', region: [], year: 2021, published: '2022-01-01' }],
  ])('%s', (_, head, want) => {
    const r = parseText([...head, '一、总体情况', '本年度依申请公开工作依法规范。', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '无'].join('\n'), 'x.txt');
    expect({ organ: r.organ, name: r.name, region: r.region, year: r.year, published: r.published }).toEqual(want);
  });

  it.each([
    ['a 2023 report that cites the 2019 notice', '盂县教育科技局2023年政府信息公开工作年度报告', '根据《通知》(国办公开办函〔2019〕60号)要求编制。', 2021],
    ['a 2020 report', '盐镇乡人民政府2020年政府信息公开工作年度报告', '根据《通知》要求编制。', 2019],
    ['no year anywhere: the notice it cites', '盐镇乡人民政府政府信息公开工作年度报告', '按照国办公开办函〔2021〕30号要求编制。', 2021],
  ])('the template with no table to tell it: %s', (_, title, sentence, template) => {
    const r = parseText(report(title).replace('本年度依申请公开工作依法规范。', sentence), 'x.txt');
    expect(r.template).toBe(template);
  });

  it('takes a report with no title and no one to contact from its signature', () => {
    const text = ['根据《条例》要求,编制本局2018年度政府信息公开报告。', '一、总体情况', '2018年,我局主动公开政府信息267条,未涉及到要求政府信息公开的申请。', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '无', '苍溪县农业农村局', '2019年3月7日'].join('\n');
    const r = parseText(text, 'x.txt');
    expect({ organ: r.organ, name: r.name, region: r.region, year: r.year, published: r.published }).toEqual({ organ: '苍溪县农业农村局', name: '苍溪县农业农村局', region: [], year: 2018, published: '2019-03-07' });
  });

  it('reads a date given as 时间：', () => {
    const r = parseText(report('柳屯镇人民政府2022年政府信息公开工作年度报告').replace('一、总体情况', '时间：2023-01-20 10:30\n一、总体情况'), 'x.txt');
    expect(r.published).toBe('2023-01-20');
  });
});
