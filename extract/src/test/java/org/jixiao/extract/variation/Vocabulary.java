package org.jixiao.extract.variation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What projects of many sectors are called and measured by: the bureau that runs them, the units that
 * carry them out, project names (some holding label words: 年度, 预算单位, 资金), and indicators by class
 * with the range their targets take. Written after published declarations of each sector.
 */
final class Vocabulary {

    /** How an indicator's target is stated and met. */
    enum Measure {
        /** a count to reach: ≥ n unit */
        AT_LEAST,
        /** a rate to reach: ≥ p% */
        RATE,
        /** a rate that must be whole: =100% */
        FULL_RATE,
        /** a count that must be nil: =0 unit */
        NONE,
        /** a cost ceiling: ≤ n unit (成本指标 are upper bounds) */
        AT_MOST,
        /** words: 明显改善 */
        WORDS
    }

    /** An indicator of the sector: its 二级 class, name, unit and range. */
    record Template(String level2, String name, Measure measure, String unit, int low, int high) {
    }

    record Sector(List<String> cityBureaus, String provinceBureau, List<String> units, List<String> projects,
                  List<Template> outputs, List<Template> benefits, List<Template> satisfaction) {
    }

    /** Qualitative targets by what the indicator names: a level rises, a burden falls, a mechanism is set up. */
    private static final String[] RISING = {"明显提升", "逐步提高", "显著增强", "有所提升"};
    private static final String[] FALLING = {"逐步下降", "有效降低", "明显减轻"};
    private static final String[] SET_UP = {"健全", "逐步完善", "长效运行"};
    private static final String[] BETTER = {"有效改善", "持续向好", "有效保障", "明显改善"};

    static final List<Sector> SECTORS = List.of(
            sector("教育局|教育体育局", "教育厅", "第一中学|教育技术装备中心|学生资助管理中心|实验小学|教师发展中心",
                    "农村义务教育学生营养改善计划|{Y}年度学生资助项目|中小学校舍维修改造|乡村教师培训|学前教育发展专项"
                            + "|智慧校园建设|普通高中教育发展资金|职业教育质量提升|学校食堂改造|特殊教育补助",
                    "数量指标|受益学生人数|AT_LEAST|人|800|20000;数量指标|覆盖学校数量|AT_LEAST|所|8|120;"
                            + "数量指标|培训教师人次|AT_LEAST|人次|200|3000;数量指标|维修校舍面积|AT_LEAST|平方米|1500|30000;"
                            + "质量指标|资助对象认定准确率|FULL_RATE|%|100|100;质量指标|工程验收合格率|FULL_RATE|%|100|100;"
                            + "质量指标|食品安全事故发生次数|NONE|次|0|0;时效指标|补助资金发放及时率|RATE|%|95|100;"
                            + "成本指标|生均补助标准|AT_MOST|元|800|2500;成本指标|每平方米维修成本|AT_MOST|元|300|900",
                    "社会效益指标|学生营养健康状况|WORDS||0|0;社会效益指标|家庭经济困难学生资助覆盖率|FULL_RATE|%|100|100;"
                            + "可持续影响指标|办学条件改善|WORDS||0|0;社会效益指标|义务教育巩固率|RATE|%|95|99",
                    "服务对象满意度指标|学生及家长满意度|RATE|%|85|95;服务对象满意度指标|受资助学生满意度|RATE|%|88|96"),
            sector("卫生健康委员会|卫生健康局", "卫生健康委员会", "人民医院|疾病预防控制中心|妇幼保健院|卫生健康综合监督执法局",
                    "基本公共卫生服务补助|重大传染病防控|家庭医生签约服务|妇幼健康服务项目|基层医疗卫生机构能力建设"
                            + "|{Y}年度免费孕前优生健康检查|院前急救体系建设|公立医院综合改革补助|卫生健康信息化建设",
                    "数量指标|居民电子健康档案建档人数|AT_LEAST|人|20000|400000;数量指标|免费检查人数|AT_LEAST|人|500|12000;"
                            + "数量指标|培训基层医务人员人次|AT_LEAST|人次|100|2000;质量指标|适龄儿童免疫规划疫苗接种率|RATE|%|90|98;"
                            + "质量指标|高血压患者规范管理率|RATE|%|60|80;时效指标|传染病报告及时率|RATE|%|95|100;"
                            + "成本指标|人均基本公共卫生服务经费补助标准|AT_MOST|元|79|94;质量指标|医疗事故发生次数|NONE|起|0|0",
                    "社会效益指标|居民健康素养水平|WORDS||0|0;社会效益指标|孕产妇死亡率下降|WORDS||0|0;"
                            + "可持续影响指标|基层医疗服务能力|WORDS||0|0",
                    "服务对象满意度指标|城乡居民满意度|RATE|%|85|95;服务对象满意度指标|就诊患者满意度|RATE|%|88|95"),
            sector("交通运输局", "交通运输厅", "公路事业发展中心|公共交通服务中心|交通运输综合行政执法大队|农村公路管理所",
                    "农村公路养护工程|公交场站运营维护|普通国省道安全生命防护工程|城乡客运一体化补贴|{Y}年度农村客运补贴资金"
                            + "|桥梁隐患整治|公路危桥改造|交通运输信息化建设|城市公交新能源车辆购置补贴",
                    "数量指标|养护农村公路里程|AT_LEAST|公里|30|800;数量指标|改造危桥数量|AT_LEAST|座|2|40;"
                            + "数量指标|公交场站维护数量|AT_LEAST|个|5|60;质量指标|工程交工验收合格率|FULL_RATE|%|100|100;"
                            + "质量指标|路面技术状况指数|AT_LEAST|分|75|90;时效指标|工程按期完工率|RATE|%|95|100;"
                            + "成本指标|每公里养护成本|AT_MOST|万元|2|12;质量指标|安全事故发生次数|NONE|次|0|0",
                    "社会效益指标|群众出行条件|WORDS||0|0;经济效益指标|沿线群众运输成本降低|WORDS||0|0;"
                            + "社会效益指标|公交准点率|RATE|%|85|95;可持续影响指标|道路安全通行能力|WORDS||0|0",
                    "服务对象满意度指标|沿线群众满意度|RATE|%|85|95;服务对象满意度指标|乘客满意度|RATE|%|85|93"),
            sector("农业农村局", "农业农村厅", "农业技术推广中心|动物疫病预防控制中心|农村经营管理站|种子管理站",
                    "高标准农田建设|耕地地力保护补贴|农作物病虫害统防统治|动物疫病强制免疫|{Y}年度农机购置与应用补贴"
                            + "|农村人居环境整治|基层农技推广体系改革与建设|现代农业产业园建设|农村集体经济发展扶持资金",
                    "数量指标|新建高标准农田面积|AT_LEAST|亩|2000|60000;数量指标|补贴发放农户数|AT_LEAST|户|1000|80000;"
                            + "数量指标|统防统治面积|AT_LEAST|万亩|1|50;数量指标|培训农民人次|AT_LEAST|人次|200|5000;"
                            + "质量指标|免疫密度|RATE|%|90|95;质量指标|项目验收合格率|FULL_RATE|%|100|100;"
                            + "时效指标|补贴资金兑付及时率|RATE|%|95|100;成本指标|亩均建设成本|AT_MOST|元|1500|3000",
                    "经济效益指标|粮食综合生产能力|WORDS||0|0;经济效益指标|亩均增产粮食|AT_LEAST|公斤|50|120;"
                            + "生态效益指标|化肥农药使用量|WORDS||0|0;可持续影响指标|农业生产条件|WORDS||0|0",
                    "服务对象满意度指标|受益农户满意度|RATE|%|85|95"),
            sector("文化广电和旅游局|文化和旅游局", "文化和旅游厅", "图书馆|文化馆|博物馆|文物保护中心|非物质文化遗产保护中心",
                    "公共文化服务体系建设|送戏下乡惠民演出|文物保护修缮|非物质文化遗产保护传承|{Y}年度全民阅读推广"
                            + "|乡镇综合文化站免费开放|旅游公共服务设施建设|美术馆公共文化服务提升",
                    "数量指标|惠民演出场次|AT_LEAST|场|20|300;数量指标|举办阅读推广活动次数|AT_LEAST|次|10|120;"
                            + "数量指标|修缮文物建筑面积|AT_LEAST|平方米|300|5000;数量指标|免费开放场馆数量|AT_LEAST|个|5|60;"
                            + "质量指标|修缮工程验收合格率|FULL_RATE|%|100|100;时效指标|活动按计划完成率|RATE|%|95|100;"
                            + "成本指标|每场演出成本|AT_MOST|万元|1|5",
                    "社会效益指标|群众文化生活|WORDS||0|0;社会效益指标|参与群众人次|AT_LEAST|人次|5000|200000;"
                            + "可持续影响指标|文化遗产保护水平|WORDS||0|0",
                    "服务对象满意度指标|观众满意度|RATE|%|85|95;服务对象满意度指标|读者满意度|RATE|%|88|96"),
            sector("民政局", "民政厅", "社会福利院|救助管理站|养老服务指导中心|殡葬管理所",
                    "城乡居民最低生活保障|特困人员救助供养|居家和社区养老服务提升|困难残疾人生活补贴|{Y}年度临时救助资金"
                            + "|儿童福利机构建设|社区养老服务中心建设|社会组织培育发展",
                    "数量指标|保障城乡低保对象人数|AT_LEAST|人|500|40000;数量指标|特困供养人数|AT_LEAST|人|100|6000;"
                            + "数量指标|建成社区养老服务站|AT_LEAST|个|3|50;数量指标|临时救助人次|AT_LEAST|人次|200|8000;"
                            + "质量指标|救助对象认定准确率|FULL_RATE|%|100|100;时效指标|救助资金发放及时率|FULL_RATE|%|100|100;"
                            + "成本指标|城市低保月人均补助标准|AT_MOST|元|500|900",
                    "社会效益指标|困难群众基本生活|WORDS||0|0;社会效益指标|应保尽保率|FULL_RATE|%|100|100;"
                            + "可持续影响指标|社会救助长效机制|WORDS||0|0",
                    "服务对象满意度指标|救助对象满意度|RATE|%|85|95;服务对象满意度指标|老年人满意度|RATE|%|85|95"),
            sector("水利局|水务局", "水利厅", "水利工程建设管理站|水土保持工作站|河湖管理中心|农村供水管理站",
                    "农村饮水安全巩固提升工程|中小河流治理|小型水库除险加固|水土流失综合治理|{Y}年度河湖长制工作经费"
                            + "|山洪灾害防治|灌区续建配套与节水改造|水资源监测能力建设",
                    "数量指标|治理河道长度|AT_LEAST|公里|3|60;数量指标|除险加固水库数量|AT_LEAST|座|1|20;"
                            + "数量指标|受益人口|AT_LEAST|人|2000|150000;数量指标|治理水土流失面积|AT_LEAST|平方公里|5|80;"
                            + "质量指标|工程质量合格率|FULL_RATE|%|100|100;时效指标|汛前完工率|RATE|%|95|100;"
                            + "成本指标|每公里治理成本|AT_MOST|万元|50|300",
                    "社会效益指标|防洪能力|WORDS||0|0;生态效益指标|河湖水质达标率|RATE|%|80|95;"
                            + "可持续影响指标|工程运行管护机制|WORDS||0|0",
                    "服务对象满意度指标|受益群众满意度|RATE|%|85|95"),
            sector("生态环境局", "生态环境厅", "环境监测站|生态环境保护综合行政执法支队|固体废物管理中心",
                    "大气污染防治|水污染防治专项|土壤污染状况详查|环境监测能力建设|{Y}年度生态环境保护专项资金"
                            + "|农村环境综合整治|重点排污单位在线监控运维",
                    "数量指标|完成监测点位数|AT_LEAST|个|10|300;数量指标|整治村庄数量|AT_LEAST|个|5|80;"
                            + "数量指标|执法检查企业数|AT_LEAST|家|50|1500;质量指标|监测数据有效率|RATE|%|90|98;"
                            + "时效指标|监测报告按时报送率|FULL_RATE|%|100|100;成本指标|单个点位运维成本|AT_MOST|万元|1|8",
                    "生态效益指标|空气质量优良天数比例|RATE|%|75|92;生态效益指标|地表水质量|WORDS||0|0;"
                            + "可持续影响指标|环境监管能力|WORDS||0|0",
                    "服务对象满意度指标|公众对生态环境满意度|RATE|%|80|92"),
            sector("政务服务数据管理局|大数据发展管理局", "大数据局", "信息中心|政务服务中心|大数据中心",
                    "电子政务外网运维|政务云平台租赁服务|一体化政务服务平台建设|预算单位信息化建设|数据共享交换平台运维"
                            + "|网络安全等级保护测评|{Y}年度政务信息系统运维经费|智慧城市运行管理中心建设",
                    "数量指标|接入单位数量|AT_LEAST|家|20|300;数量指标|运维信息系统数量|AT_LEAST|个|5|80;"
                            + "数量指标|云服务器数量|AT_LEAST|台|50|1200;质量指标|系统正常运行率|RATE|%|98|99;"
                            + "质量指标|网络安全事件发生次数|NONE|次|0|0;时效指标|故障响应时间|AT_MOST|小时|1|4;"
                            + "成本指标|单台云服务器年租赁费用|AT_MOST|元|3000|9000",
                    "社会效益指标|政务服务效率|WORDS||0|0;社会效益指标|政务服务事项网上可办率|RATE|%|90|98;"
                            + "可持续影响指标|数据共享能力|WORDS||0|0",
                    "服务对象满意度指标|使用单位满意度|RATE|%|85|95;服务对象满意度指标|办事群众满意度|RATE|%|88|96"),
            sector("医疗保障局", "医疗保障局", "医疗保险服务中心|医疗保障基金监管中心|医疗保险结算管理中心",
                    "医疗保障信息系统运维|医保经办大厅智能化改造|医疗救助资金|欺诈骗取医保基金举报奖励经费|{Y}年度医保基金监管经费"
                            + "|城乡居民医疗保险参保补助|医保服务点日常经费补贴",
                    "数量指标|医疗救助人次|AT_LEAST|人次|500|30000;数量指标|检查定点医药机构数量|AT_LEAST|家|50|1200;"
                            + "数量指标|参保人数|AT_LEAST|万人|5|300;质量指标|系统运行稳定率|RATE|%|98|99;"
                            + "质量指标|救助对象识别准确率|FULL_RATE|%|100|100;时效指标|医疗费用结算及时率|RATE|%|95|100;"
                            + "成本指标|单次检查成本|AT_MOST|元|500|2000",
                    "社会效益指标|群众就医负担|WORDS||0|0;社会效益指标|基金安全运行|WORDS||0|0;"
                            + "可持续影响指标|医保治理能力|WORDS||0|0",
                    "服务对象满意度指标|参保群众满意度|RATE|%|85|95"),
            sector("住房和城乡建设局", "住房和城乡建设厅", "城市管理服务中心|市政设施管理处|住房保障中心",
                    "城镇老旧小区改造|农村危房改造|公共租赁住房运营管理|市政道路维修养护|{Y}年度城市照明维护资金"
                            + "|城市排水设施改造|保障性安居工程配套基础设施建设",
                    "数量指标|改造老旧小区数量|AT_LEAST|个|3|80;数量指标|改造农村危房户数|AT_LEAST|户|20|2000;"
                            + "数量指标|维修市政道路面积|AT_LEAST|平方米|5000|120000;数量指标|更换路灯数量|AT_LEAST|盏|100|5000;"
                            + "质量指标|竣工验收合格率|FULL_RATE|%|100|100;时效指标|开工率|RATE|%|95|100;"
                            + "成本指标|户均补助标准|AT_MOST|万元|1|4",
                    "社会效益指标|居民居住条件|WORDS||0|0;社会效益指标|受益居民户数|AT_LEAST|户|500|30000;"
                            + "可持续影响指标|市政设施使用年限|AT_LEAST|年|8|20",
                    "服务对象满意度指标|受益居民满意度|RATE|%|85|95"));

    /** Indicators every sector's forms add: execution of the budget, timeliness. */
    static final List<Template> COMMON_OUTPUTS = List.of(
            new Template("时效指标", "资金拨付及时率", Measure.RATE, "%", 95, 100),
            new Template("质量指标", "项目完成率", Measure.FULL_RATE, "%", 100, 100));

    private Vocabulary() {
    }

    private static Sector sector(String cityBureaus, String provinceBureau, String units, String projects,
                                 String outputs, String benefits, String satisfaction) {
        return new Sector(List.of(cityBureaus.split("\\|")), provinceBureau,
                List.of(units.split("\\|")), List.of(projects.split("\\|")), templates(outputs), templates(benefits),
                templates(satisfaction));
    }

    private static List<Template> templates(String text) {
        List<Template> out = new ArrayList<>();
        for (String entry : text.split(";")) {
            String[] f = entry.split("\\|", -1);
            out.add(new Template(f[0], f[1], Measure.valueOf(f[2]), f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5])));
        }
        return out;
    }

    static String words(Random random, String indicator) {
        String[] options = indicator.matches(".*(下降|降低|负担|使用量)$") ? FALLING
                : indicator.matches(".*(机制|制度|体系)$") ? SET_UP
                : indicator.matches(".*(水平|能力|效率|素养|条件)$") ? RISING : BETTER;
        return options[random.nextInt(options.length)];
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    @SafeVarargs
    static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
