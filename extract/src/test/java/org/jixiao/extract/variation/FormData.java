package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.variation.Places.Place;
import org.jixiao.extract.variation.Vocabulary.Measure;
import org.jixiao.extract.variation.Vocabulary.Sector;
import org.jixiao.extract.variation.Vocabulary.Template;

/**
 * The data a form is filled in from, before any layout: a project's names, money and indicators,
 * drawn so that every figure holds (sources add up, scores follow the national rule). Layout families
 * print it; planted errors change a printed figure afterwards. Money is in 元, multiples of 100 so that
 * it prints exactly in 万元 with two decimals.
 */
final class FormData {

    private FormData() {
    }

    /**
     * A target as a form prints it: sign, figure and unit in columns of their own, or joined in one cell
     * as {@code joined}, which may word the sign (不低于95%, 控制在900元以内) as the document does.
     */
    record Target(String sign, String value, String unit, String joined) {
        /** The target as sign, figure and unit columns read together. */
        String columns() {
            return sign + value + unit;
        }
    }

    /**
     * How a document words its joined targets: the sign as a symbol or in words (达到/不低于/不少于 for ≥,
     * 不超过/控制在…以内 for ≤), the percent sign half- or full-width (％).
     */
    record Wording(boolean words, boolean fullWidthPercent) {
        static Wording draw(Random random) {
            return new Wording(random.nextInt(3) == 0, random.nextInt(5) == 0);
        }

        Target target(Random random, String sign, String value, String unit) {
            String joined = sign + value + unit;
            if (words && sign.equals("≥")) {
                joined = Vocabulary.pick(random, unit.equals("%") ? "不低于" : "不少于", "达到", "≥") + value + unit;
            } else if (words && sign.equals("≤")) {
                joined = random.nextBoolean() ? "不超过" + value + unit : "控制在" + value + unit + "以内";
            }
            return new Target(sign, value, unit, fullWidthPercent ? joined.replace("%", "％") : joined);
        }
    }

    /**
     * The names a document gives the indicator classes: 效益 or 效果指标, 生态 or 环境效益指标, 服务对象 or
     * 社会公众或服务对象满意度指标, and 成本 under 产出 (older forms) or a class of its own (财预〔2021〕101号).
     */
    record Classes(String benefit, String ecological, String satisfaction, boolean costOfItsOwn) {
        static Classes draw(Random random) {
            return new Classes(random.nextInt(4) == 0 ? "效果指标" : "效益指标",
                    random.nextBoolean() ? "环境效益指标" : "生态效益指标",
                    random.nextInt(3) == 0 ? "社会公众或服务对象满意度指标" : "服务对象满意度指标", random.nextInt(4) == 0);
        }
    }

    /** A scored outcome of an indicator, for self-evaluations. */
    record Outcome(String actual, BigDecimal weight, BigDecimal score, String reason) {
    }

    /**
     * One indicator: class (一级) and sub-class (二级) as the document names them, the class it is scored
     * in ({@code group}: 产出, 成本, 效益 or 满意度), name, target, and the measure it follows.
     */
    record IndicatorData(String level1, String level2, String group, String name, Target target, Target annual,
                         Measure measure, BigDecimal targetNumber, Outcome outcome) {
        IndicatorData withOutcome(Outcome newOutcome) {
            return new IndicatorData(level1, level2, group, name, target, annual, measure, targetNumber, newOutcome);
        }
    }

    /** A line of the project's breakdown. */
    record SubItem(String name, BigDecimal yuan) {
    }

    /**
     * Where a year's money comes from: fiscal money split by government level, carried over, other.
     * {@code annual} = fiscal + carryover + other; fiscal = central + provincial + local.
     */
    record Sources(BigDecimal annual, BigDecimal central, BigDecimal provincial, BigDecimal local,
                   BigDecimal carryover, BigDecimal other) {
        BigDecimal fiscal() {
            return central.add(provincial).add(local);
        }
    }

    /** A self-evaluation's execution: 年初预算数, 全年预算数, 全年执行数 per source row. */
    record Execution(Sources initial, Sources adjusted, Sources spent) {
        /** 执行率 = 执行数 ÷ 全年预算数, in percent with two decimals. */
        BigDecimal rate() {
            return spent.annual().multiply(BigDecimal.valueOf(100)).divide(adjusted.annual(), 2, RoundingMode.HALF_UP);
        }
    }

    record Agency(String name, Place place) {
        Region region() {
            return place.region();
        }
    }

    record ProjectData(String name, Agency department, String unit, int year, int years, Sector sector,
                       BigDecimal implementationTotal, Sources sources, List<SubItem> subItems,
                       List<IndicatorData> indicators, String goal, Execution execution) {
    }

    /** Draws projects; every choice comes from the one seeded random. */
    static final class Drafts {
        private final Random random;
        private final Places places;
        private final Wording wording;
        private final Classes classes;

        Drafts(Random random, Places places) {
            this.random = random;
            this.places = places;
            this.wording = Wording.draw(random);
            this.classes = Classes.draw(random);
        }

        Random random() {
            return random;
        }

        /** The percent sign the document prints: half-width, or full-width (％) throughout. */
        String percent() {
            return wording.fullWidthPercent() ? "％" : "%";
        }

        Place place() {
            return places.draw(random);
        }

        Agency department(Place place, Sector sector) {
            String bureau = place.level() == Places.Level.PROVINCE && !isMunicipality(place)
                    ? sector.provinceBureau() : Vocabulary.pick(random, sector.cityBureaus());
            return new Agency(place.prefix() + bureau, place);
        }

        private static boolean isMunicipality(Place place) {
            return place.region().province().equals(place.region().city());
        }

        /** A project of the department's sector in the given year, its indicators targeted, not scored. */
        ProjectData project(Agency department, Sector sector, int year, boolean scored) {
            String name = Vocabulary.pick(random, sector.projects()).replace("{Y}", Integer.toString(year));
            String unit = department.place().prefix() + Vocabulary.pick(random, sector.units());
            int years = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
            BigDecimal annual = money(20, 3000);
            BigDecimal total = years == 1 ? annual : annual.add(money(20, 3000));
            Sources sources = split(annual);
            List<SubItem> subItems = subItems(annual);
            List<IndicatorData> indicators = indicators(sector, years > 1, year);
            String goal = goal(name);
            Execution execution = null;
            if (scored) {
                execution = execution(sources);
                indicators = score(indicators);
            }
            return new ProjectData(name, department, unit, year, years, sector, total, sources, subItems, indicators,
                    goal, execution);
        }

        /** Projects of one department with names distinct from each other, as one document lists them. */
        List<ProjectData> projects(Agency department, Sector sector, int year, boolean scored, int count) {
            List<ProjectData> projects = new ArrayList<>();
            while (projects.size() < count) {
                ProjectData project = project(department, sector, year, scored);
                if (projects.stream().noneMatch(p -> p.name().equals(project.name()))) {
                    projects.add(project);
                }
            }
            return projects;
        }

        /** An amount between the bounds in 万元, in whole hundreds of 元, often round. */
        BigDecimal money(int lowWan, int highWan) {
            long hundreds = (lowWan * 100L) + (long) (random.nextDouble() * (highWan - lowWan) * 100);
            if (random.nextInt(3) == 0) {
                hundreds = Math.max(100, hundreds / 100 * 100);
            }
            return BigDecimal.valueOf(hundreds * 100).setScale(2);
        }

        private BigDecimal part(BigDecimal whole, double share) {
            long hundreds = whole.divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValue();
            return BigDecimal.valueOf((long) (hundreds * share) * 100).setScale(2);
        }

        Sources split(BigDecimal annual) {
            BigDecimal carryover = random.nextInt(3) == 0 ? part(annual, 0.05 + random.nextDouble() * 0.2) : zero();
            BigDecimal other = random.nextInt(4) == 0 ? part(annual, 0.05 + random.nextDouble() * 0.15) : zero();
            BigDecimal fiscal = annual.subtract(carryover).subtract(other);
            BigDecimal central = zero();
            BigDecimal provincial = zero();
            int mix = random.nextInt(4);
            if (mix == 1) {
                central = part(fiscal, 0.3 + random.nextDouble() * 0.5);
            } else if (mix == 2) {
                provincial = part(fiscal, 0.2 + random.nextDouble() * 0.5);
            }
            BigDecimal local = fiscal.subtract(central).subtract(provincial);
            return new Sources(annual, central, provincial, local, carryover, other);
        }

        private static BigDecimal zero() {
            return BigDecimal.ZERO.setScale(2);
        }

        private List<SubItem> subItems(BigDecimal annual) {
            String[] names = {"设备购置", "工程施工", "运行维护", "人员培训", "宣传推广", "第三方服务", "监理及检测", "专项补助",
                "信息系统开发", "日常管理"};
            int count = 2 + random.nextInt(3);
            List<String> chosen = new ArrayList<>(List.of(names));
            java.util.Collections.shuffle(chosen, random);
            List<SubItem> items = new ArrayList<>();
            BigDecimal left = annual;
            for (int i = 0; i < count - 1; i++) {
                BigDecimal amount = part(left, 0.25 + random.nextDouble() * 0.4);
                items.add(new SubItem(chosen.get(i), amount));
                left = left.subtract(amount);
            }
            items.add(new SubItem(chosen.get(count - 1), left));
            return items;
        }

        private String goal(String name) {
            return Vocabulary.pick(random, "通过实施" + name + "，按期完成年度建设任务，提升公共服务水平，群众获得感明显增强。",
                    "保障" + name + "顺利实施，资金使用规范高效，各项绩效指标全面完成。",
                    "完成" + name + "年度任务，项目管理规范，服务对象满意度进一步提高。");
        }

        /** Indicators of every class a declaration must have: 产出, 效益, 满意度 (成本 as an 产出 sub-class). */
        private List<IndicatorData> indicators(Sector sector, boolean twoPeriods, int year) {
            List<IndicatorData> out = new ArrayList<>();
            List<Template> outputs = new ArrayList<>(sector.outputs());
            java.util.Collections.shuffle(outputs, random);
            List<Template> chosen = new ArrayList<>(outputs.subList(0, 3 + random.nextInt(Math.min(4, outputs.size() - 2))));
            if (random.nextBoolean()) {
                chosen.add(Vocabulary.pick(random, Vocabulary.COMMON_OUTPUTS));
            }
            chosen.sort(java.util.Comparator.comparingInt(t -> order(t.level2())));
            for (Template t : chosen) {
                boolean cost = t.level2().startsWith("成本");
                if (cost && classes.costOfItsOwn()) {
                    out.add(indicator("成本指标", "经济成本指标", "成本", t, twoPeriods));
                } else {
                    out.add(indicator("产出指标", t.level2(), "产出", t, twoPeriods));
                }
            }
            List<Template> benefits = new ArrayList<>(sector.benefits());
            java.util.Collections.shuffle(benefits, random);
            for (Template t : benefits.subList(0, 1 + random.nextInt(Math.min(3, benefits.size())))) {
                String level2 = t.level2().equals("生态效益指标") ? classes.ecological() : t.level2();
                out.add(indicator(classes.benefit(), level2, "效益", t, twoPeriods));
            }
            out.add(indicator("满意度指标", classes.satisfaction(), "满意度", Vocabulary.pick(random, sector.satisfaction()),
                    twoPeriods));
            return out;
        }

        private static int order(String level2) {
            return switch (level2) {
                case "数量指标" -> 0;
                case "质量指标" -> 1;
                case "时效指标" -> 2;
                default -> 3;
            };
        }

        private IndicatorData indicator(String level1, String level2, String group, Template t, boolean twoPeriods) {
            Target target;
            BigDecimal number = null;
            switch (t.measure()) {
                case AT_LEAST -> {
                    int value = t.low() + random.nextInt(Math.max(1, t.high() - t.low()));
                    number = BigDecimal.valueOf(value);
                    target = wording.target(random, "≥", Integer.toString(value), t.unit());
                }
                case RATE -> {
                    int value = t.low() + random.nextInt(Math.max(1, t.high() - t.low()));
                    number = BigDecimal.valueOf(value);
                    target = wording.target(random, "≥", Integer.toString(value), t.unit());
                }
                case FULL_RATE -> {
                    number = BigDecimal.valueOf(100);
                    target = wording.target(random, "=", "100", "%");
                }
                case NONE -> {
                    number = BigDecimal.ZERO;
                    target = wording.target(random, "=", "0", t.unit());
                }
                case AT_MOST -> {
                    int value = t.low() + random.nextInt(Math.max(1, t.high() - t.low()));
                    number = BigDecimal.valueOf(value);
                    target = wording.target(random, "≤", Integer.toString(value), t.unit());
                }
                default -> target = wording.target(random, "", Vocabulary.words(random, t.name()), "");
            }
            Target annual = target;
            if (twoPeriods && t.measure() == Measure.AT_LEAST) {
                // the year does a share of the whole period's quantity
                int share = Math.max(1, number.intValue() / (2 + random.nextInt(2)));
                annual = wording.target(random, target.sign(), Integer.toString(share), target.unit());
            }
            return new IndicatorData(level1, level2, group, t.name(), target, annual, t.measure(), number, null);
        }

        private Execution execution(Sources initial) {
            Sources adjusted = initial;
            if (random.nextInt(3) == 0) {
                // the budget was adjusted during the year: the local share changes
                BigDecimal change = part(initial.local(), 0.05 + random.nextDouble() * 0.1);
                BigDecimal signed = random.nextBoolean() ? change : change.negate();
                adjusted = new Sources(initial.annual().add(signed), initial.central(), initial.provincial(),
                        initial.local().add(signed), initial.carryover(), initial.other());
            }
            double rate = random.nextInt(3) == 0 ? 1.0 : 0.85 + random.nextDouble() * 0.15;
            BigDecimal local = part(adjusted.local(), rate);
            Sources spent = new Sources(local.add(adjusted.central()).add(adjusted.provincial())
                    .add(adjusted.carryover()).add(adjusted.other()), adjusted.central(), adjusted.provincial(), local,
                    adjusted.carryover(), adjusted.other());
            return new Execution(initial, adjusted, spent);
        }

        /**
         * Weights 产出 50 (40 and 成本 10 where 成本 is a class of its own), 效益 30, 满意度 10 (预算执行率 10 is
         * the fund block's), and outcomes mostly met.
         */
        private List<IndicatorData> score(List<IndicatorData> indicators) {
            List<IndicatorData> out = new ArrayList<>();
            boolean costClass = indicators.stream().anyMatch(i -> i.group().equals("成本"));
            for (String name : List.of("产出", "成本", "效益", "满意度")) {
                List<IndicatorData> group = indicators.stream().filter(i -> i.group().equals(name)).toList();
                if (group.isEmpty()) {
                    continue;
                }
                int points = switch (name) {
                    case "产出" -> costClass ? 40 : 50;
                    case "效益" -> 30;
                    default -> 10;
                };
                int base = points / group.size();
                int extra = points % group.size();
                for (int i = 0; i < group.size(); i++) {
                    BigDecimal weight = BigDecimal.valueOf(base + (i < extra ? 1 : 0));
                    out.add(group.get(i).withOutcome(outcome(group.get(i), weight)));
                }
            }
            return out;
        }

        /**
         * The national rule: a met target earns the full weight; a missed ≥ target earns actual ÷ target ×
         * weight. Actual values stay under 120% of the target.
         */
        private Outcome outcome(IndicatorData indicator, BigDecimal weight) {
            boolean missed = random.nextInt(6) == 0;
            String unit = indicator.target().unit();
            switch (indicator.measure()) {
                case AT_LEAST, RATE -> {
                    BigDecimal target = indicator.targetNumber();
                    if (missed && target.compareTo(BigDecimal.TEN) > 0) {
                        BigDecimal actual = target.multiply(BigDecimal.valueOf(85 + random.nextInt(13)))
                                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
                        BigDecimal score = actual.multiply(weight).divide(target, 2, RoundingMode.HALF_UP);
                        return new Outcome(actual.toPlainString() + unit, weight, score,
                                Vocabulary.pick(random, "受疫情影响部分工作延后", "部分项目进度滞后", "受天气影响工期延误",
                                        "实际需求低于预期"));
                    }
                    int ceiling = indicator.measure() == Measure.RATE ? 100 : Integer.MAX_VALUE;
                    long top = Math.min(ceiling, target.multiply(BigDecimal.valueOf(1.15)).longValue());
                    long actual = target.longValue() + (top > target.longValue()
                            ? random.nextInt((int) Math.min(Integer.MAX_VALUE, top - target.longValue() + 1)) : 0);
                    return new Outcome(actual + unit, weight, weight, "");
                }
                case FULL_RATE -> {
                    return new Outcome("100%", weight, weight, "");
                }
                case NONE -> {
                    return new Outcome("0" + unit, weight, weight, "");
                }
                case AT_MOST -> {
                    BigDecimal target = indicator.targetNumber();
                    long actual = Math.max(0, target.longValue() - random.nextInt(Math.max(1, target.intValue() / 10 + 1)));
                    return new Outcome(actual + unit, weight, weight, "");
                }
                default -> {
                    return new Outcome(Vocabulary.pick(random, "达到预期", indicator.target().value(), "效果良好"), weight,
                            weight, "");
                }
            }
        }
    }
}
