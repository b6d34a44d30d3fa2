"""Reply triage: read a patient's SMS reply and say how urgently a prescriber must see it.

Plain Python (no web framework, queue or database). See ``findings.py`` for the
reason codes and ``/shared/triage-spec.md`` for the clinical contract.
"""

from .classifier import classify
from .model import Classification, Reply, Thresholds

__all__ = ["classify", "Reply", "Classification", "Thresholds"]
