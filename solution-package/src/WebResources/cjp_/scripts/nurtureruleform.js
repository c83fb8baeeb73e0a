// Nurture rule form (cjp_nurturerule main form "Nurture rule"): shows only the sections the chosen
// rule type uses, so sales ops never fill in a setting the rule would ignore (the rule validator
// refuses such settings). The section names and the rule types that show each one mirror
// NurtureRuleFormSections in src/CrmJourney.Solution/App; a test keeps the two equal. Sections not
// listed here are shown for every rule type.
var CrmJourney = CrmJourney || {};

CrmJourney.NurtureRuleForm = (function () {
    "use strict";

    var ruleTypeColumn = "cjp_ruletype";
    var tabName = "general";
    var shownFor = {
        rule_stages: [573100000, 573100001],
        rule_threshold: [573100000, 573100002],
        rule_minimumengagements: [573100001],
        rule_email: [573100005]
    };

    // Until a type is chosen no type-dependent section is shown: none of them applies yet.
    function showSectionsOfRuleType(formContext) {
        var type = formContext.getAttribute(ruleTypeColumn).getValue();
        var tab = formContext.ui.tabs.get(tabName);
        Object.keys(shownFor).forEach(function (name) {
            var section = tab.sections.get(name);
            if (section) {
                section.setVisible(type !== null && shownFor[name].indexOf(type) >= 0);
            }
        });
    }

    return {
        onLoad: function (executionContext) {
            showSectionsOfRuleType(executionContext.getFormContext());
        },
        onRuleTypeChange: function (executionContext) {
            showSectionsOfRuleType(executionContext.getFormContext());
        }
    };
}());
