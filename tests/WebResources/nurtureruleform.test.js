// Tests of solution-package/src/WebResources/cjp_/scripts/nurtureruleform.js against xrm-mock.
// Expected field sets come from the rule-type table in DESIGN §5 / RuleTypeRequirements' remarks, written out here by hand.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const sinon = require("sinon");
const XrmMock = require("xrm-mock");
const { XrmMockGenerator } = XrmMock;

const scriptPath = path.join(__dirname, "..", "..", "solution-package", "src", "WebResources", "cjp_", "scripts", "nurtureruleform.js");
const script = fs.readFileSync(scriptPath, "utf8");

const Type = { Quiet: 573100000, Pigeonholed: 573100001, AdvocateCheckIn: 573100002, NotNowRevisit: 573100003, ReferralThanks: 573100004, PartnerDigest: 573100005 };
const Assignee = { AccountOwner: 573100000, RelationshipPartner: 573100001, SpecificUser: 573100003, SpecificTeam: 573100004 };
const ruleId = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";

/** Loads the web resource as the browser does: a classic script defining the global CrmJourney. */
function load() {
    vm.runInThisContext("var CrmJourney = undefined;\n" + script, { filename: scriptPath });
    return globalThis.CrmJourney.NurtureRuleForm;
}

/** A nurture rule form shaped like the shipped one: a general section, a "what it watches" section, an assignee section, a texts section. */
function buildForm({ type = Type.Quiet, stages = [573100001], threshold = 90, minimum = null, sendEmail = false, assignee = Assignee.RelationshipPartner, id = ruleId, name = "Quiet clients" } = {}) {
    XrmMockGenerator.initialise({ entity: { entityName: "cjp_nurturerule", id: id } });
    XrmMockGenerator.Attribute.createString("cjp_name", name);
    XrmMockGenerator.Attribute.createOptionSet("cjp_ruletype", type);
    XrmMockGenerator.Attribute.createOptionSet("cjp_stages", null);
    Xrm.Page.getAttribute("cjp_stages").setValue(stages);
    XrmMockGenerator.Attribute.createNumber("cjp_thresholddays", threshold);
    XrmMockGenerator.Attribute.createNumber("cjp_minimumcompletedengagements", minimum);
    XrmMockGenerator.Attribute.createBoolean("cjp_sendemail", sendEmail);
    XrmMockGenerator.Attribute.createOptionSet("cjp_assigneetype", assignee);
    XrmMockGenerator.Attribute.createLookup("cjp_assigneeuserid", null);
    XrmMockGenerator.Attribute.createLookup("cjp_assigneeteamid", null);
    XrmMockGenerator.Attribute.createString("cjp_tasksubject", "Check in with {account.name}");
    XrmMockGenerator.Attribute.createString("cjp_taskdescription", "{reason}");
    const tab = XrmMockGenerator.Tab.createTab("tab_rule", "Rule", true);
    const controls = (...names) => new XrmMock.ItemCollectionMock(names.map((n) => Xrm.Page.getControl(n)));
    XrmMockGenerator.Section.createSection("section_general", "General", true, tab, controls("cjp_name", "cjp_ruletype"));
    XrmMockGenerator.Section.createSection("section_watch", "What the rule watches", true, tab, controls("cjp_stages", "cjp_thresholddays", "cjp_minimumcompletedengagements"));
    XrmMockGenerator.Section.createSection("section_email", "Email", true, tab, controls("cjp_sendemail"));
    XrmMockGenerator.Section.createSection("section_assignee", "Assignee", true, tab, controls("cjp_assigneetype", "cjp_assigneeuserid", "cjp_assigneeteamid"));
    XrmMockGenerator.Section.createSection("section_texts", "Task texts", true, tab, controls("cjp_tasksubject", "cjp_taskdescription"));
    return XrmMockGenerator.getEventContext();
}

const visible = (name) => Xrm.Page.getControl(name).getVisible();
const required = (name) => Xrm.Page.getAttribute(name).getRequiredLevel();
const section = (name) => Xrm.Page.ui.tabs.get("tab_rule").sections.get(name);
const typeDependent = ["cjp_stages", "cjp_thresholddays", "cjp_minimumcompletedengagements", "cjp_sendemail"];

// Which type-dependent fields each rule type uses (DESIGN §5): stages, thresholdDays, minimumCompletedEngagements, sendEmail.
const usedFields = {
    Quiet: ["cjp_stages", "cjp_thresholddays"],
    Pigeonholed: ["cjp_stages", "cjp_minimumcompletedengagements"],
    AdvocateCheckIn: ["cjp_thresholddays"],
    NotNowRevisit: [],
    ReferralThanks: [],
    PartnerDigest: ["cjp_sendemail"],
};

for (const [typeName, used] of Object.entries(usedFields)) {
    test(`on load a ${typeName} rule shows and requires exactly the fields its type uses`, () => {
        const form = load();
        form.onLoad(buildForm({ type: Type[typeName] }));
        for (const field of typeDependent) {
            const isUsed = used.includes(field);
            assert.equal(visible(field), isUsed, `${field} visible`);
            assert.equal(required(field), isUsed ? "required" : "none", `${field} required level`);
        }
    });
}

test("loading a rule keeps its stored values even where the type does not use them", () => {
    const form = load();
    form.onLoad(buildForm({ type: Type.AdvocateCheckIn, stages: [573100001], threshold: 365 }));
    assert.deepEqual(Xrm.Page.getAttribute("cjp_stages").getValue(), [573100001]);
});

test("changing the type clears the settings the new type does not use and keeps the ones it does", () => {
    const form = load();
    const context = buildForm({ type: Type.Quiet, stages: [573100001, 573100002], threshold: 120 });
    form.onLoad(context);
    Xrm.Page.getAttribute("cjp_ruletype").setValue(Type.AdvocateCheckIn);
    form.onRuleTypeChange(context);
    assert.equal(Xrm.Page.getAttribute("cjp_stages").getValue(), null);
    assert.equal(Xrm.Page.getAttribute("cjp_thresholddays").getValue(), 120);
    assert.equal(visible("cjp_stages"), false);
});

test("the assignee type change handler is registered on load", () => {
    const form = load();
    form.onLoad(buildForm({ assignee: Assignee.RelationshipPartner }));
    Xrm.Page.getAttribute("cjp_assigneetype").setValue(Assignee.SpecificUser);
    Xrm.Page.getAttribute("cjp_assigneetype").fireOnChange();
    assert.equal(visible("cjp_assigneeuserid"), true);
});

test("a section left with no visible field is hidden and comes back when the type uses one of its fields", () => {
    const form = load();
    const context = buildForm({ type: Type.NotNowRevisit });
    form.onLoad(context);
    assert.equal(section("section_watch").getVisible(), false);
    assert.equal(section("section_email").getVisible(), false);
    assert.equal(section("section_texts").getVisible(), true);
    Xrm.Page.getAttribute("cjp_ruletype").setValue(Type.Pigeonholed);
    form.onRuleTypeChange(context);
    assert.equal(section("section_watch").getVisible(), true);
});

test("with no type chosen yet every field is shown and none of them is required", () => {
    const form = load();
    form.onLoad(buildForm({ type: null }));
    for (const field of typeDependent) {
        assert.equal(visible(field), true, field);
        assert.equal(required(field), "none", field);
    }
});

function placeholderMessage(control) {
    const notification = Xrm.Page.getControl(control).notifications.find((n) => n.uniqueId === "cjp_placeholders");
    return notification ? notification.messages.join(" ") : null;
}

test("the subject and description list the digest placeholders for a Partner digest rule", () => {
    const form = load();
    form.onLoad(buildForm({ type: Type.PartnerDigest }));
    assert.equal(placeholderMessage("cjp_tasksubject"), "Placeholders: {partner.name}, {rule.name}, {accounts.count}");
    assert.equal(placeholderMessage("cjp_taskdescription"), "Placeholders: {partner.name}, {rule.name}, {accounts.count}");
});

test("a Referral thanks rule may also use the referrer and referred names; a Quiet rule may not", () => {
    const form = load();
    const context = buildForm({ type: Type.ReferralThanks });
    form.onLoad(context);
    assert.match(placeholderMessage("cjp_tasksubject"), /\{referrer\.name\}, \{referred\.name\}$/);
    Xrm.Page.getAttribute("cjp_ruletype").setValue(Type.Quiet);
    form.onRuleTypeChange(context);
    const quiet = placeholderMessage("cjp_tasksubject");
    assert.doesNotMatch(quiet, /referrer/);
    assert.match(quiet, /\{days\.since\.touchpoint\}/);
    assert.equal(Xrm.Page.getControl("cjp_tasksubject").notifications.filter((n) => n.uniqueId === "cjp_placeholders").length, 1);
});

test("the user lookup shows only for Specific user and the team lookup only for Specific team", () => {
    const form = load();
    const context = buildForm({ assignee: Assignee.SpecificUser });
    form.onLoad(context);
    assert.equal(visible("cjp_assigneeuserid"), true);
    assert.equal(required("cjp_assigneeuserid"), "required");
    assert.equal(visible("cjp_assigneeteamid"), false);
    Xrm.Page.getAttribute("cjp_assigneetype").setValue(Assignee.SpecificTeam);
    form.onAssigneeTypeChange(context);
    assert.equal(visible("cjp_assigneeuserid"), false);
    assert.equal(visible("cjp_assigneeteamid"), true);
    Xrm.Page.getAttribute("cjp_assigneetype").setValue(Assignee.RelationshipPartner);
    form.onAssigneeTypeChange(context);
    assert.equal(visible("cjp_assigneeteamid"), false);
});

/** A Web API response as Xrm.WebApi.online.execute resolves it for a custom API with outputs. */
function response(body) {
    return { ok: true, status: 200, json: () => Promise.resolve(body) };
}

function summary({ fired = 3, firings = [], completed = true, invalid = [], unstaged = 0, unstagedMessage = null } = {}) {
    return JSON.stringify({
        asOf: "2026-12-04T06:00:00.0000000Z", dryRun: true, ruleFilter: ruleId.toLowerCase(), completed, pages: 1, requestsUsed: 9,
        evaluatedAccounts: 120, accountsWithoutStage: unstaged, accountsWithoutStageIsLowerBound: false, accountsWithoutStageMessage: unstagedMessage, rules: [{ id: ruleId.toLowerCase(), name: "Quiet clients", type: "Quiet", fired }],
        skippedForCooldown: 2, skippedOpenTask: 1, skippedAlreadyFired: 0, skippedDetractors: 4, skippedConcurrent: 0,
        invalidRules: invalid, transitions: 0, logsCreated: 0, tasksCreated: 0, digestsCreated: 0, digestsSent: 0, firings,
    });
}

function firing(account, reason) {
    return { rule: "Quiet clients", accountId: null, account, subject: "s", assigneeId: ruleId, dueOn: "2026-12-11", reason };
}

function stubDialogs({ dirty = false } = {}) {
    // xrm-mock does not implement getIsDirty; the form is clean unless a test says otherwise.
    sinon.stub(Xrm.Page.data, "getIsDirty").returns(dirty);
    const alert = sinon.stub(Xrm.Navigation, "openAlertDialog").resolves({});
    const error = sinon.stub(Xrm.Navigation, "openErrorDialog").resolves({});
    sinon.stub(Xrm.Utility, "showProgressIndicator");
    sinon.stub(Xrm.Utility, "closeProgressIndicator");
    return { alert, error };
}

test.afterEach(() => sinon.restore());

test("Preview on a rule never saved asks to save it first and calls nothing", async () => {
    const form = load();
    buildForm();
    // A record not saved yet has no id: Dataverse's getId() returns "" (xrm-mock always invents one).
    sinon.stub(Xrm.Page.data.entity, "getId").returns("");
    const dialogs = stubDialogs();
    const execute = sinon.stub(Xrm.WebApi.online, "execute");
    await form.preview(Xrm.Page);
    assert.equal(execute.callCount, 0);
    assert.match(dialogs.alert.firstCall.args[0].text, /^Save the rule before previewing it/);
});

test("Preview calls the sweep as a dry run restricted to this rule and shows the counts and the first reasons", async () => {
    const form = load();
    buildForm();
    const dialogs = stubDialogs();
    const firings = [firing("Alpha LLP", "No touchpoint for 143 days"), firing("Beta SA", "No touchpoint for 97 days")];
    const execute = sinon.stub(Xrm.WebApi.online, "execute").resolves(response({ Completed: true, ContinuationToken: "", Summary: summary({ fired: 2, firings }) }));
    await form.preview(Xrm.Page);
    assert.equal(execute.callCount, 1);
    const request = execute.firstCall.args[0];
    assert.equal(request.DryRun, true);
    assert.equal(request.RuleId, "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    const metadata = request.getMetadata();
    assert.equal(metadata.operationName, "cjp_RunNurtureSweep");
    assert.equal(metadata.operationType, 0);
    assert.equal(metadata.boundParameter, null);
    assert.equal(metadata.parameterTypes.RuleId.typeName, "Edm.Guid");
    const text = dialogs.alert.firstCall.args[0].text;
    assert.match(text, /^As of 2026-12-04, "Quiet clients" would create 2 tasks \(120 accounts evaluated\)\./);
    assert.match(text, /Held back: 2 by the cooldown, 1 by an open task, 0 already fired in this window, 4 detractors\./);
    assert.match(text, /• Alpha LLP: No touchpoint for 143 days\n• Beta SA: No touchpoint for 97 days$/);
});

test("Preview resumes with the continuation token until the sweep completes and lists firings of every call", async () => {
    const form = load();
    buildForm();
    const dialogs = stubDialogs();
    const execute = sinon.stub(Xrm.WebApi.online, "execute");
    execute.onFirstCall().resolves(response({ Completed: false, ContinuationToken: "token-1", Summary: summary({ fired: 1, firings: [firing("Alpha LLP", "first page")], completed: false }) }));
    execute.onSecondCall().resolves(response({ Completed: true, ContinuationToken: "", Summary: summary({ fired: 2, firings: [firing("Gamma AG", "second page")] }) }));
    await form.preview(Xrm.Page);
    assert.equal(execute.callCount, 2);
    assert.equal(execute.firstCall.args[0].ContinuationToken, undefined);
    assert.equal(execute.secondCall.args[0].ContinuationToken, "token-1");
    assert.equal(execute.secondCall.args[0].getMetadata().parameterTypes.ContinuationToken.typeName, "Edm.String");
    const text = dialogs.alert.firstCall.args[0].text;
    assert.match(text, /would create 2 tasks/);
    assert.match(text, /• Alpha LLP: first page\n• Gamma AG: second page$/);
});

test("Preview passes on the sweep's sentence about active accounts without a journey stage, and says nothing when there are none", async () => {
    const form = load();
    buildForm();
    const dialogs = stubDialogs();
    const sentence = "12 active accounts have no journey stage, so no rule evaluates them; run `cjp init --data DIR` (or the cjp_InitializeJourney custom API) to give them one from their history.";
    const execute = sinon.stub(Xrm.WebApi.online, "execute");
    execute.onFirstCall().resolves(response({ Completed: true, Summary: summary({ unstaged: 12, unstagedMessage: sentence }) }));
    execute.onSecondCall().resolves(response({ Completed: true, Summary: summary() }));
    await form.preview(Xrm.Page);
    await form.preview(Xrm.Page);
    assert.ok(dialogs.alert.firstCall.args[0].text.split("\n").includes(sentence));
    assert.doesNotMatch(dialogs.alert.secondCall.args[0].text, /journey stage/);
});

test("Preview saves a changed rule before the dry run reads it", async () => {
    const form = load();
    buildForm();
    stubDialogs({ dirty: true });
    const order = [];
    sinon.stub(Xrm.Page.data, "save").callsFake(() => { order.push("save"); return Promise.resolve(); });
    sinon.stub(Xrm.WebApi.online, "execute").callsFake(() => { order.push("execute"); return Promise.resolve(response({ Completed: true, Summary: summary() })); });
    await form.preview(Xrm.Page);
    assert.deepEqual(order, ["save", "execute"]);
});

test("Preview of a rule that does not validate says why it would not run", async () => {
    const form = load();
    buildForm();
    const dialogs = stubDialogs();
    const invalid = [{ id: ruleId.toLowerCase(), name: "Quiet clients", problems: ["thresholdDays: must be at least 1 — set the number of days of silence"] }];
    sinon.stub(Xrm.WebApi.online, "execute").resolves(response({ Completed: true, Summary: summary({ invalid }) }));
    await form.preview(Xrm.Page);
    assert.equal(dialogs.alert.firstCall.args[0].text, "\"Quiet clients\" would not run: thresholdDays: must be at least 1 — set the number of days of silence");
});

test("Preview shows the platform's refusal in an error dialog and closes the progress indicator", async () => {
    const form = load();
    buildForm();
    const dialogs = stubDialogs();
    sinon.stub(Xrm.WebApi.online, "execute").rejects(new Error("You do not have the privilege to run the nurture sweep."));
    await form.preview(Xrm.Page);
    assert.equal(dialogs.alert.callCount, 0);
    assert.equal(dialogs.error.firstCall.args[0].message, "The preview could not run: You do not have the privilege to run the nurture sweep.");
    assert.equal(Xrm.Utility.closeProgressIndicator.callCount, 1);
});
