from inspector.errors import EnvironmentProblem, RefusedError
from inspector.i18n import CONTEXT, text

ROMANIAN = {
    "{rma}: {warnings}": "{rma}: {warnings}",
    "Late.": "Întârziat.",
    "Cancelled.": "Anulat.",
    "Grade {grade} is not on this site's scale ({scale}).": "Nota {grade} nu este pe scara acestui sit ({scale}).",
    "{problem} {action}": "{problem} {action}",
    "The disk is full.": "Discul este plin.",
    "Free some space; nothing was lost.": "Eliberați spațiu; nu s-a pierdut nimic.",
}


def romanian(context, template):
    assert context == CONTEXT
    return ROMANIAN.get(template, template)


def test_text_formats_in_english_and_translates_template_and_nested_parts():
    t = text("{rma}: {warnings}", rma="RMA-1", warnings=("Late.", "Cancelled."))
    assert str(t) == "RMA-1: Late. Cancelled."
    assert t.translated(romanian) == "RMA-1: Întârziat. Anulat."


def test_refusals_and_environment_problems_carry_translatable_text():
    refused = RefusedError("Grade {grade} is not on this site's scale ({scale}).", grade="Z", scale="A, B")
    assert str(refused) == "Grade Z is not on this site's scale (A, B)."
    assert refused.text.translated(romanian) == "Nota Z nu este pe scara acestui sit (A, B)."
    problem = EnvironmentProblem("The disk is full.", "Free some space; nothing was lost.")
    assert str(problem) == "The disk is full. Free some space; nothing was lost."
    assert problem.text.translated(romanian) == "Discul este plin. Eliberați spațiu; nu s-a pierdut nimic."
