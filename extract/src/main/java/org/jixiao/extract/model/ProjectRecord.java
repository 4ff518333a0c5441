package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One project form, or one evaluated project. */
@JsonPropertyOrder({"name", "department", "implementing_unit", "funding", "rates", "sub_items", "indicators", "evaluation"})
public record ProjectRecord(String name, String department, String implementingUnit, List<Funding> funding,
                            List<Rate> rates, List<SubItem> subItems, List<Indicator> indicators,
                            Evaluation evaluation) {

    public ProjectRecord {
        funding = List.copyOf(funding);
        rates = List.copyOf(rates);
        subItems = List.copyOf(subItems);
        indicators = List.copyOf(indicators);
    }

    /** This project with another department and implementing unit. */
    public ProjectRecord withOrganisations(String department, String implementingUnit) {
        return new ProjectRecord(name, department, implementingUnit, funding, rates, subItems, indicators, evaluation);
    }
}
