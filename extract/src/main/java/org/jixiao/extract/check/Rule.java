package org.jixiao.extract.check;

import java.util.List;
import org.jixiao.extract.model.Finding;

/**
 * One consistency rule. A rule that lacks the figures it needs says nothing: it never guesses a
 * missing figure.
 */
public interface Rule {

    RuleId id();

    List<Finding> check(CheckContext context);
}
