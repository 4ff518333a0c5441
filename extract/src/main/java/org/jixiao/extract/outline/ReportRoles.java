package org.jixiao.extract.outline;

/**
 * Who is who in a report, as its cover and its set phrases say: the evaluated project, its
 * department (主管部门), the unit that carries it out (实施单位), the body that commissioned the
 * evaluation (委托单位, which is the department only where no other is named and it is not the
 * finance bureau) and the evaluator. Each is null where the document does not say.
 */
public record ReportRoles(String projectName, String department, String implementingUnit, String commissioningBody,
                          String evaluator) {

    static final ReportRoles NONE = new ReportRoles(null, null, null, null, null);

    /** These roles where set, else the other's: the stronger source first. */
    ReportRoles or(ReportRoles weaker) {
        return new ReportRoles(first(projectName, weaker.projectName), first(department, weaker.department),
                first(implementingUnit, weaker.implementingUnit), first(commissioningBody, weaker.commissioningBody),
                first(evaluator, weaker.evaluator));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
