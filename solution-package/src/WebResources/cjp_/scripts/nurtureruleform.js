/*
 * Client Journey: the nurture rule form (cjp_nurturerule main form) and its Preview command.
 *
 * - onLoad / onRuleTypeChange: show only the fields the rule type uses, make them required, clear the
 *   ones it does not use (the rule validator refuses a rule that carries a setting its type ignores),
 *   hide a section left with nothing visible, and list the placeholders the type's texts may use
 *   beside the subject and description.
 * - onAssigneeTypeChange: the user lookup only for "Specific user", the team lookup only for "Specific team".
 * - preview: the command bar's Preview button. Saves the rule if needed, then calls the custom API
 *   cjp_RunNurtureSweep with DryRun = true and RuleId = this rule (resuming while Completed is false)
 *   and shows what the rule would create: counts, what held firings back, and the first reasons.
 *   Works on a rule that is not active yet: a dry run with a rule id evaluates that rule whatever its status.
 *
 * The rule-type table between the "rule types" markers mirrors the domain's RuleTypeRequirements and
 * NurturePlaceholders (the rule validator's own table); a test fails when the two differ.
 */
var CrmJourney = CrmJourney || {};
CrmJourney.NurtureRuleForm = (function () {
    "use strict";

    // <rule types: RuleTypeRequirements>
    var ruleTypes = {
        "573100000": { name: "Quiet", stages: true, threshold: true, minimumEngagements: false, sendEmail: false, placeholders: ["account.name", "stage", "tier", "days.since.touchpoint", "lasttouchpoint.date", "lasttouchpoint.channel", "engagements.completed", "servicelines.used", "servicelines.other", "servicelines.suggested", "partner.name", "revisit.date", "former.reason", "rule.name", "reason", "due.date"] },
        "573100001": { name: "Pigeonholed", stages: true, threshold: false, minimumEngagements: true, sendEmail: false, placeholders: ["account.name", "stage", "tier", "days.since.touchpoint", "lasttouchpoint.date", "lasttouchpoint.channel", "engagements.completed", "servicelines.used", "servicelines.other", "servicelines.suggested", "partner.name", "revisit.date", "former.reason", "rule.name", "reason", "due.date"] },
        "573100002": { name: "AdvocateCheckIn", stages: false, threshold: true, minimumEngagements: false, sendEmail: false, placeholders: ["account.name", "stage", "tier", "days.since.touchpoint", "lasttouchpoint.date", "lasttouchpoint.channel", "engagements.completed", "servicelines.used", "servicelines.other", "servicelines.suggested", "partner.name", "revisit.date", "former.reason", "rule.name", "reason", "due.date"] },
        "573100003": { name: "NotNowRevisit", stages: false, threshold: false, minimumEngagements: false, sendEmail: false, placeholders: ["account.name", "stage", "tier", "days.since.touchpoint", "lasttouchpoint.date", "lasttouchpoint.channel", "engagements.completed", "servicelines.used", "servicelines.other", "servicelines.suggested", "partner.name", "revisit.date", "former.reason", "rule.name", "reason", "due.date"] },
        "573100004": { name: "ReferralThanks", stages: false, threshold: false, minimumEngagements: false, sendEmail: false, placeholders: ["account.name", "stage", "tier", "days.since.touchpoint", "lasttouchpoint.date", "lasttouchpoint.channel", "engagements.completed", "servicelines.used", "servicelines.other", "servicelines.suggested", "partner.name", "revisit.date", "former.reason", "rule.name", "reason", "due.date", "referrer.name", "referred.name"] },
        "573100005": { name: "PartnerDigest", stages: false, threshold: false, minimumEngagements: false, sendEmail: true, placeholders: ["partner.name", "rule.name", "accounts.count"] }
    };
    // </rule types>

    var columns = {
        ruleType: "cjp_ruletype",
        stages: "cjp_stages",
        threshold: "cjp_thresholddays",
        minimumEngagements: "cjp_minimumcompletedengagements",
        sendEmail: "cjp_sendemail",
        assigneeType: "cjp_assigneetype",
        assigneeUser: "cjp_assigneeuserid",
        assigneeTeam: "cjp_assigneeteamid",
        subject: "cjp_tasksubject",
        description: "cjp_taskdescription"
    };

    // The AssigneeType choice: 573100000 + the domain enum (SpecificUser = 3, SpecificTeam = 4).
    var specificUser = 573100003;
    var specificTeam = 573100004;

    var placeholderNotificationId = "cjp_placeholders";
    var customApiName = "cjp_RunNurtureSweep";
    var firstReasonsShown = 5;
    // A dry run over a large organization may need several bounded calls; a preview gives up after this many.
    var maxPreviewCalls = 50;

    function control(formContext, name) {
        return formContext.getControl(name);
    }

    function attribute(formContext, name) {
        return formContext.getAttribute(name);
    }

    function ruleTypeOf(formContext) {
        var typeAttribute = attribute(formContext, columns.ruleType);
        var value = typeAttribute ? typeAttribute.getValue() : null;
        return value === null || value === undefined ? null : ruleTypes[String(value)] || null;
    }

    /** Shows, requires, or hides and clears one type-dependent field. */
    function applyField(formContext, name, used, clearWhenUnused) {
        var fieldControl = control(formContext, name);
        var fieldAttribute = attribute(formContext, name);
        if (fieldControl) {
            fieldControl.setVisible(used);
        }
        if (fieldAttribute) {
            fieldAttribute.setRequiredLevel(used ? "required" : "none");
            if (!used && clearWhenUnused && fieldAttribute.getValue() !== null) {
                // The validator refuses a rule that carries a setting its type does not use.
                fieldAttribute.setValue(fieldAttribute.getAttributeType && fieldAttribute.getAttributeType() === "boolean" ? false : null);
            }
        }
    }

    function applyPlaceholders(formContext, type) {
        [columns.subject, columns.description].forEach(function (name) {
            var textControl = control(formContext, name);
            if (!textControl) {
                return;
            }
            textControl.clearNotification(placeholderNotificationId);
            if (type) {
                textControl.addNotification({
                    uniqueId: placeholderNotificationId,
                    notificationLevel: "RECOMMENDATION",
                    messages: ["Placeholders: " + type.placeholders.map(function (p) { return "{" + p + "}"; }).join(", ")]
                });
            }
        });
    }

    /** Hides every section whose controls are all hidden, and shows the others again. */
    function applySections(formContext) {
        formContext.ui.tabs.forEach(function (tab) {
            tab.sections.forEach(function (section) {
                var anyVisible = false;
                var count = 0;
                section.controls.forEach(function (c) {
                    count += 1;
                    if (c.getVisible()) {
                        anyVisible = true;
                    }
                });
                if (count > 0) {
                    section.setVisible(anyVisible);
                }
            });
        });
    }

    function applyAssignee(formContext, clearWhenUnused) {
        var typeAttribute = attribute(formContext, columns.assigneeType);
        var value = typeAttribute ? typeAttribute.getValue() : null;
        applyField(formContext, columns.assigneeUser, value === specificUser, clearWhenUnused);
        applyField(formContext, columns.assigneeTeam, value === specificTeam, clearWhenUnused);
    }

    function apply(formContext, clearWhenUnused) {
        var type = ruleTypeOf(formContext);
        // No type chosen yet: show everything, require nothing type-specific.
        var known = type !== null;
        applyField(formContext, columns.stages, !known || type.stages, clearWhenUnused && known);
        applyField(formContext, columns.threshold, !known || type.threshold, clearWhenUnused && known);
        applyField(formContext, columns.minimumEngagements, !known || type.minimumEngagements, clearWhenUnused && known);
        applyField(formContext, columns.sendEmail, !known || type.sendEmail, clearWhenUnused && known);
        if (!known) {
            [columns.stages, columns.threshold, columns.minimumEngagements, columns.sendEmail].forEach(function (name) {
                var a = attribute(formContext, name);
                if (a) {
                    a.setRequiredLevel("none");
                }
            });
        }
        applyAssignee(formContext, clearWhenUnused);
        applyPlaceholders(formContext, type);
        applySections(formContext);
    }

    function onLoad(executionContext) {
        var formContext = executionContext.getFormContext();
        apply(formContext, false);
        // The form registers onRuleTypeChange on cjp_ruletype itself; the assignee handler is added here.
        var assigneeAttribute = attribute(formContext, columns.assigneeType);
        if (assigneeAttribute) {
            assigneeAttribute.addOnChange(onAssigneeTypeChange);
        }
    }

    function onRuleTypeChange(executionContext) {
        apply(executionContext.getFormContext(), true);
    }

    function onAssigneeTypeChange(executionContext) {
        var formContext = executionContext.getFormContext();
        applyAssignee(formContext, true);
        applySections(formContext);
    }

    /** The Web API request for one bounded dry-run call of the sweep, restricted to one rule. */
    function sweepRequest(ruleId, continuationToken) {
        // Edm.Guid parameters are passed as the bare id.
        var request = {
            DryRun: true,
            RuleId: ruleId,
            getMetadata: function () {
                var parameterTypes = {
                    DryRun: { typeName: "Edm.Boolean", structuralProperty: 1 },
                    RuleId: { typeName: "Edm.Guid", structuralProperty: 1 }
                };
                if (continuationToken) {
                    parameterTypes.ContinuationToken = { typeName: "Edm.String", structuralProperty: 1 };
                }
                return { boundParameter: null, parameterTypes: parameterTypes, operationType: 0, operationName: customApiName };
            }
        };
        if (continuationToken) {
            request.ContinuationToken = continuationToken;
        }
        return request;
    }

    function bareId(id) {
        return String(id).replace(/[{}]/g, "").toLowerCase();
    }

    /** Runs dry-run calls until the sweep says Completed; resolves with the last summary and the firings of every call. */
    function runDryRun(webApi, ruleId) {
        var firings = [];
        function call(token, calls) {
            return webApi.execute(sweepRequest(ruleId, token))
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("The preview call failed with HTTP status " + response.status + ".");
                    }
                    return response.json();
                })
                .then(function (body) {
                    var summary = typeof body.Summary === "string" ? JSON.parse(body.Summary) : body.Summary;
                    (summary.firings || []).forEach(function (f) { firings.push(f); });
                    if (body.Completed || !body.ContinuationToken) {
                        return { summary: summary, firings: firings };
                    }
                    if (calls + 1 >= maxPreviewCalls) {
                        throw new Error("The preview needed more than " + maxPreviewCalls + " calls; run `cjp rules preview` or a dry-run sweep instead.");
                    }
                    return call(body.ContinuationToken, calls + 1);
                });
        }
        return call(null, 0);
    }

    /** The dialog text for a finished dry run: one line per fact, the first reasons last. */
    function describe(ruleName, result) {
        var summary = result.summary;
        var id = summary.ruleFilter;
        var invalid = (summary.invalidRules || []).filter(function (r) { return !id || bareId(r.id) === bareId(id); });
        if (invalid.length > 0) {
            return "\"" + ruleName + "\" would not run: " + invalid[0].problems.join("; ");
        }
        var rule = (summary.rules || []).filter(function (r) { return !id || bareId(r.id) === bareId(id); })[0];
        var fired = rule ? rule.fired : result.firings.length;
        var lines = [];
        lines.push("As of " + String(summary.asOf).substring(0, 10) + ", \"" + ruleName + "\" would create " + fired + (fired === 1 ? " task" : " tasks")
            + " (" + summary.evaluatedAccounts + " accounts evaluated).");
        lines.push("Held back: " + summary.skippedForCooldown + " by the cooldown, " + summary.skippedOpenTask + " by an open task, "
            + summary.skippedAlreadyFired + " already fired in this window, " + summary.skippedDetractors + " detractors.");
        // Accounts imported without a journey stage are invisible to every rule; the sweep says how many and the fix.
        if (summary.accountsWithoutStageMessage) {
            lines.push(summary.accountsWithoutStageMessage);
        }
        if (result.firings.length > 0) {
            lines.push("First " + Math.min(firstReasonsShown, result.firings.length) + ":");
            result.firings.slice(0, firstReasonsShown).forEach(function (f) {
                lines.push("• " + (f.account || "(digest)") + ": " + f.reason);
            });
        }
        return lines.join("\n");
    }

    /** The Preview command (command bar of the nurture rule form; the ribbon passes PrimaryControl). */
    function preview(formContext) {
        var navigation = Xrm.Navigation;
        var entity = formContext.data.entity;
        var id = entity.getId();
        if (!id) {
            return navigation.openAlertDialog({ title: "Preview", text: "Save the rule before previewing it: the preview evaluates the saved rule." });
        }
        var nameAttribute = formContext.getAttribute("cjp_name");
        var ruleName = nameAttribute && nameAttribute.getValue() ? nameAttribute.getValue() : "this rule";
        var saved = formContext.data.getIsDirty() ? formContext.data.save() : Promise.resolve();
        Xrm.Utility.showProgressIndicator("Previewing what the rule would create…");
        return Promise.resolve(saved)
            .then(function () { return runDryRun(Xrm.WebApi.online, bareId(id)); })
            .then(function (result) {
                Xrm.Utility.closeProgressIndicator();
                return navigation.openAlertDialog({ title: "Preview: " + ruleName, text: describe(ruleName, result) }, { height: 420, width: 560 });
            }, function (error) {
                Xrm.Utility.closeProgressIndicator();
                return navigation.openErrorDialog({ message: "The preview could not run: " + (error && error.message ? error.message : String(error)) });
            });
    }

    return {
        onLoad: onLoad,
        onRuleTypeChange: onRuleTypeChange,
        onAssigneeTypeChange: onAssigneeTypeChange,
        preview: preview,
        // exposed for tests
        _sweepRequest: sweepRequest,
        _describe: describe
    };
}());
