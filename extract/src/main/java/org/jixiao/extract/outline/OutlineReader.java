package org.jixiao.extract.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.form.FieldReader;
import org.jixiao.extract.form.FieldReader.FieldFact;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.LabelConfig.Field;
import org.jixiao.extract.form.Misreadings;
import org.jixiao.extract.form.Position;
import org.jixiao.extract.form.ReportText;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.LineAssembler;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.extract.model.DocType;

/**
 * Reads a document's outline: its type from its title, its label–value fields (form cells and cover
 * lines), the roles its report text states, and its project segments. A project part starts at
 * each printed 项目名称 — a new form instance (a form title such as …申报表 before it, a new sheet)
 * starts a new project even under a name used before; the same name again without a new form is
 * the same project continued. Stateless and thread-safe.
 */
public final class OutlineReader {

    /** How many lines at the top of the first page are read as titles. */
    private static final int TITLE_LINES = 8;
    /** A form's title is short; a longer line that contains the words is a sentence about forms. */
    private static final int MAX_FORM_TITLE_LENGTH = 45;
    /** A year, not a date: 2022年6月 on a report's cover is when it was written, not the year it is about. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");
    /**
     * A cell or line that is only a deadline (2023年12月30日前, 2023年10月底前完成): a time-limit target,
     * dated in the year the project runs, unlike the past years a form's background cites.
     */
    private static final Pattern DEADLINE = Pattern.compile(
            "^((?:19|20)\\d{2})年\\d{1,2}月(?:\\d{1,2}日)?[底末]?[之以]?前(?:完成)?$");
    private static final Pattern BARE_YEAR = Pattern.compile("^((?:19|20)\\d{2})(?:年度?)?$");
    private static final Pattern BODY_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+\\s*[、.．]|摘\\s*要|前\\s*言|目\\s*录)");
    private static final Pattern TRAILING_PERIOD = Pattern.compile("[(（][^)）]*[)）]$");
    private final LabelClassifier labels;
    private final FieldReader fieldReader;
    private final CoverLineReader coverLines;

    public OutlineReader(LabelClassifier labels) {
        this.labels = labels;
        this.fieldReader = new FieldReader(labels);
        this.coverLines = new CoverLineReader(labels);
    }

    public DocumentOutline read(DocumentLayout layout) {
        List<Block> blocks = layout.blocks();
        List<TextLine> titles = titleLines(blocks, TITLE_LINES);
        DocType docType = classify(titles);
        List<FieldFact> fields = new ArrayList<>();
        List<FieldFact> cells = new ArrayList<>();
        List<FieldFact> lines = new ArrayList<>();
        List<Position> formStarts = new ArrayList<>();
        for (int index = 0; index < blocks.size(); index++) {
            if (blocks.get(index) instanceof Block.TableBlock tableBlock) {
                Table table = tableBlock.table();
                List<FieldFact> read = fieldReader.read(table, index);
                cells.addAll(read);
                fields.addAll(read);
                if (titleRow(table).filter(this::isFormTitle).isPresent()) {
                    formStarts.add(new Position(index, 0));
                }
            } else if (blocks.get(index) instanceof Block.LineBlock line) {
                List<FieldFact> read = coverLines.read(line.line(), index);
                lines.addAll(read);
                fields.addAll(read);
                if (isFormTitle(line.line().text())) {
                    formStarts.add(new Position(index, 0));
                }
            }
        }
        List<FieldFact> cover = coverFields(blocks, lines);
        ReportRoles roles = roles(docType, layout, titles, cover, cells, lines);
        return new DocumentOutline(docType, titles, fields, roles, segments(docType, cells, formStarts, roles),
                fiscalYear(fields, titles, blocks));
    }

    private DocType classify(List<TextLine> titles) {
        String title = String.join("", titles.stream().map(line -> line.text().replaceAll("\\s+", "")).toList());
        for (var entry : labels.config().docTypes().variants().entrySet()) {
            for (String variant : entry.getValue()) {
                if (title.contains(variant)) {
                    return entry.getKey();
                }
            }
        }
        // no type's words as printed: a title with one character of them read as another (绩效百标申报表)
        for (var entry : labels.config().docTypes().variants().entrySet()) {
            for (String variant : entry.getValue()) {
                if (variant.length() >= MIN_SLIPPED_TYPE_WORDS && containsWithOneSubstitution(title, variant)) {
                    return entry.getKey();
                }
            }
        }
        return DocType.UNKNOWN;
    }

    /** A type's words this long or longer still name it with one character read as another. */
    private static final int MIN_SLIPPED_TYPE_WORDS = 6;

    private static boolean containsWithOneSubstitution(String text, String words) {
        for (int at = 0; at + words.length() <= text.length(); at++) {
            if (Misreadings.differences(text.substring(at, at + words.length()), words) == 1) {
                return true;
            }
        }
        return false;
    }

    /** A form's own title (…绩效目标申报表, …项目支出绩效自评表, (2023年度) after it allowed). */
    private boolean isFormTitle(String text) {
        String compact = TRAILING_PERIOD.matcher(text.replaceAll("\\s+", "")).replaceFirst("");
        if (compact.length() > MAX_FORM_TITLE_LENGTH || !compact.endsWith("表")) {
            return false;
        }
        var variants = labels.config().docTypes().variants();
        return variants.getOrDefault(DocType.TARGET_DECLARATION, List.of()).stream().anyMatch(compact::contains)
                || variants.getOrDefault(DocType.SELF_EVALUATION, List.of()).stream().anyMatch(compact::contains);
    }

    /** The text of a table's first row when it is one cell across the table: a title printed inside the frame. */
    private static Optional<String> titleRow(Table table) {
        List<Cell> cells = table.row(0);
        return cells.size() == 1 && cells.get(0).columnSpan() == table.columnCount() && table.columnCount() > 1
                ? Optional.of(cells.get(0).text()) : Optional.empty();
    }

    /**
     * The label–value lines of a cover: on the first page, before the body's first numbered section
     * (一、项目基本情况) or abstract. Lines of the body are weaker evidence: they wrap, abbreviate and
     * restate.
     */
    private static List<FieldFact> coverFields(List<Block> blocks, List<FieldFact> lines) {
        int firstPage = blocks.isEmpty() ? 1 : blocks.get(0).page();
        int bodyStart = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).page() != firstPage) {
                break;
            }
            if (blocks.get(i) instanceof Block.LineBlock line && BODY_HEADING.matcher(line.line().text().strip()).find()) {
                bodyStart = i;
                break;
            }
        }
        int end = bodyStart;
        return lines.stream().filter(f -> f.page() == firstPage && f.position().block() < end).toList();
    }

    /**
     * Who is who. In a form, its cells say it. In a report, the cover's label–value lines and the
     * commissioning sentence (受X委托，Y对Z实施的“N”项目) are the document's own statement of the
     * evaluated project and come first; then the form cells it prints; then the weaker evidence: the
     * title, the result sentence (N项目绩效自评价结果), the organisation on the cover and the
     * label–value lines of the body (which often use short names: 市人保局).
     */
    private ReportRoles roles(DocType docType, DocumentLayout layout, List<TextLine> titles, List<FieldFact> cover,
                              List<FieldFact> cells, List<FieldFact> lines) {
        ReportRoles printed = rolesOf(cells).or(rolesOf(cover));
        if (docType != DocType.EVALUATION_REPORT && docType != DocType.SELF_EVALUATION) {
            return printed;
        }
        String text = LineAssembler.joinWrapped(layout.lines().stream().map(TextLine::text).toList())
                .replaceAll("\\s+", "");
        RolePhrases.Stated stated = RolePhrases.fromText(text);
        // the organisation printed under a report's title: the evaluated unit of an evaluation report,
        // the reporting department of a self-evaluation
        String coverOrganisation = coverOrganisation(titles);
        ReportRoles weak = new ReportRoles(
                RolePhrases.fromTitle(titles.stream().map(TextLine::text).toList(), text).or(stated::resultSentenceName)
                        .orElse(null),
                docType == DocType.SELF_EVALUATION ? coverOrganisation : null,
                docType == DocType.EVALUATION_REPORT ? coverOrganisation : null, null, null);
        return rolesOf(cover).or(stated.roles()).or(rolesOf(cells)).or(weak).or(rolesOf(lines));
    }

    private static ReportRoles rolesOf(List<FieldFact> fields) {
        return new ReportRoles(first(fields, Field.PROJECT_NAME), first(fields, Field.DEPARTMENT),
                first(fields, Field.IMPLEMENTING_UNIT), first(fields, Field.COMMISSIONING_BODY),
                first(fields, Field.EVALUATOR));
    }

    /** The first line of the cover that names an organisation other than the evaluating firm. */
    private static String coverOrganisation(List<TextLine> titles) {
        for (TextLine line : titles) {
            String compact = line.text().replaceAll("\\s+", "").replaceFirst("^[(（](.+)[)）]$", "$1");
            if (ReportText.isOrganisationName(compact) && !compact.contains("公司") && !compact.contains("事务所")) {
                return compact;
            }
        }
        return null;
    }

    private List<ProjectSegment> segments(DocType docType, List<FieldFact> fields, List<Position> formStarts,
                                          ReportRoles roles) {
        List<FieldFact> anchors = new ArrayList<>();
        for (FieldFact fact : fields) {
            if (fact.field() != Field.PROJECT_NAME) {
                continue;
            }
            FieldFact previous = anchors.isEmpty() ? null : anchors.get(anchors.size() - 1);
            boolean sameForm = previous != null && previous.value().equals(fact.value())
                    && formStarts.stream().noneMatch(s -> s.compareTo(previous.position()) > 0
                    && s.compareTo(fact.position()) <= 0);
            if (!sameForm) {
                anchors.add(fact);
            }
        }
        boolean report = docType == DocType.EVALUATION_REPORT || docType == DocType.SELF_EVALUATION;
        List<ProjectSegment> segments = new ArrayList<>();
        // a report is about one project unless it prints forms of several (a workbook of self-evaluations)
        if (anchors.isEmpty() || report && anchors.stream().map(FieldFact::value).distinct().count() == 1) {
            if (docType != DocType.BUDGET_DISCLOSURE) {
                segments.add(new ProjectSegment(roles.projectName(), roles.department(), roles.implementingUnit(),
                        null, null));
            }
            return segments;
        }
        List<Position> starts = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Position anchor = anchors.get(i).position();
            Position floor = i == 0 ? null : anchors.get(i - 1).position();
            Position start = formStarts.stream()
                    .filter(s -> s.compareTo(anchor) <= 0 && (floor == null || s.compareTo(floor) > 0))
                    .findFirst().orElse(anchor);
            // before the first form, a form document's heading belongs to its first project; a longer
            // document's other parts (budget tables) belong to none
            starts.add(i == 0 && docType != DocType.BUDGET_DISCLOSURE ? null : start);
        }
        Position firstStart = starts.get(0);
        for (int i = 0; i < anchors.size(); i++) {
            Position start = starts.get(i);
            Position end = i + 1 < anchors.size() ? starts.get(i + 1) : null;
            ProjectSegment bounds = new ProjectSegment(null, null, null, start, end);
            String department = within(fields, Field.DEPARTMENT, bounds);
            if (department == null) {
                department = before(fields, Field.DEPARTMENT, firstStart, anchors.get(0).position());
            }
            if (department == null && (report || anchors.size() == 1)) {
                department = roles.department();
            }
            String unit = within(fields, Field.IMPLEMENTING_UNIT, bounds);
            if (unit == null && report && anchors.size() == 1) {
                unit = roles.implementingUnit();
            }
            segments.add(new ProjectSegment(anchors.get(i).value(), department, unit, start, end));
        }
        return segments;
    }

    /**
     * The budget year: a 项目年度 field, else a year in the title lines ((2023年度), 2018年…), else the
     * year its deadline targets (2023年12月底前完成) name most often, else the year the document
     * states most often, each where one stands out.
     */
    private static Integer fiscalYear(List<FieldFact> fields, List<TextLine> titles, List<Block> blocks) {
        for (FieldFact fact : fields) {
            if (fact.field() == Field.FISCAL_YEAR) {
                Matcher matcher = BARE_YEAR.matcher(fact.value());
                if (matcher.matches()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
        }
        for (TextLine line : titles) {
            Matcher matcher = YEAR.matcher(line.text());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        Map<Integer, Integer> counts = new TreeMap<>();
        Map<Integer, Integer> deadlines = new TreeMap<>();
        // a paragraph's lines are read as one text: a year its wrapping cut (20 | 24年度) is still a year
        StringBuilder paragraph = new StringBuilder();
        int paragraphPage = -1;
        for (Block block : blocks) {
            boolean line = block instanceof Block.LineBlock;
            if (!line || block.page() != paragraphPage) {
                countYears(paragraph.toString(), counts);
                paragraph.setLength(0);
                paragraphPage = block.page();
            }
            List<String> texts = block instanceof Block.TableBlock table
                    ? table.table().cells().stream().map(Cell::text).toList()
                    : List.of(((Block.LineBlock) block).line().text());
            for (String text : texts) {
                if (line) {
                    paragraph.append(text);
                } else {
                    countYears(text, counts);
                }
                Matcher deadline = DEADLINE.matcher(text.replaceAll("\\s+", ""));
                if (deadline.matches()) {
                    deadlines.merge(Integer.parseInt(deadline.group(1)), 1, Integer::sum);
                }
            }
        }
        countYears(paragraph.toString(), counts);
        Integer byDeadlines = leader(deadlines);
        return byDeadlines != null ? byDeadlines : leader(counts);
    }

    private static void countYears(String text, Map<Integer, Integer> counts) {
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            counts.merge(Integer.parseInt(matcher.group(1)), 1, Integer::sum);
        }
    }

    /** The year counted most often, null where none is or two tie. */
    private static Integer leader(Map<Integer, Integer> counts) {
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Integer> leaders = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    private static String first(List<FieldFact> fields, Field field) {
        return fields.stream().filter(f -> f.field() == field).map(FieldFact::value).findFirst().orElse(null);
    }

    private static String within(List<FieldFact> fields, Field field, ProjectSegment segment) {
        return fields.stream().filter(f -> f.field() == field && segment.contains(f.position()))
                .map(FieldFact::value).findFirst().orElse(null);
    }

    /** A field stated before the first project (a workbook's or report's shared heading). */
    private static String before(List<FieldFact> fields, Field field, Position from, Position to) {
        return fields.stream().filter(f -> f.field() == field && f.position().compareTo(to) < 0
                        && (from == null || f.position().compareTo(from) >= 0))
                .map(FieldFact::value).findFirst().orElse(null);
    }

    /**
     * The first lines of the first page: where titles, years and the issuing body stand. A table row
     * that is one cell across the whole table (a title printed inside the form's frame) counts as a line.
     */
    public static List<TextLine> titleLines(List<Block> blocks, int count) {
        List<TextLine> titles = new ArrayList<>();
        int firstPage = blocks.isEmpty() ? 1 : blocks.get(0).page();
        for (Block block : blocks) {
            if (block.page() != firstPage || titles.size() >= count) {
                break;
            }
            if (block instanceof Block.LineBlock line) {
                titles.add(line.line());
            } else if (block instanceof Block.TableBlock table) {
                for (int row = 0; row < table.table().rowCount() && titles.size() < count; row++) {
                    List<Cell> cells = table.table().row(row);
                    if (cells.size() != 1 || cells.get(0).columnSpan() != table.table().columnCount()) {
                        break;
                    }
                    titles.add(new TextLine(cells.get(0).page(), cells.get(0).box(), cells.get(0).text()));
                }
            }
        }
        return titles;
    }
}
