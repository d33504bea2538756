"""All tables. Importing this package registers every model on `Base.metadata`."""

from __future__ import annotations

from app.core.models.base import Base, Syncable, link_id, new_id
from app.core.models.certificates import (
    Certificate,
    CertificateOverride,
    CertificateRevocation,
    IssuerStatement,
)
from app.core.models.duplicates import DuplicateDecision
from app.core.models.meetings import ActionItem, Decision, Meeting, MeetingAttendee
from app.core.models.network import (
    Assessment,
    AssessmentDimension,
    AssessmentFramework,
    AssessmentQuestion,
    AssessmentScore,
    FrameworkVersion,
    NapEvidence,
    NapIndicator,
    NapObjective,
    NapPlan,
    NapProgress,
    NapTask,
)
from app.core.models.oplog import FieldHead, Installation, Op, PastReplica, Peer
from app.core.models.reference import District, Region, Topic
from app.core.models.registration import PendingRegistration
from app.core.models.registry import Organisation, Person, Project, ProjectPartner
from app.core.models.retirement import DeviceRetirement
from app.core.models.sync import (
    SyncBufferCheckpoint,
    SyncBufferedOp,
    SyncBundle,
    SyncChain,
    SyncConflict,
    SyncOrigin,
    SyncPeerInfo,
    SyncPeerVector,
    SyncWaitingRow,
)
from app.core.models.trainings import (
    AttendanceMark,
    Enrolment,
    Session,
    Training,
    TrainingTopic,
    TrainingTrainer,
)

# Every table that travels by sync, by its entity name (the table name).
SYNCABLE: dict[str, type[Syncable]] = {
    cls.__tablename__: cls
    for cls in (
        Region,
        District,
        Topic,
        Organisation,
        Person,
        Project,
        ProjectPartner,
        Training,
        TrainingTopic,
        TrainingTrainer,
        Session,
        Enrolment,
        AttendanceMark,
        Meeting,
        MeetingAttendee,
        Decision,
        ActionItem,
        Certificate,
        CertificateOverride,
        CertificateRevocation,
        IssuerStatement,
        AssessmentFramework,
        FrameworkVersion,
        AssessmentDimension,
        AssessmentQuestion,
        Assessment,
        AssessmentScore,
        NapPlan,
        NapObjective,
        NapTask,
        NapIndicator,
        NapProgress,
        NapEvidence,
        DuplicateDecision,
        DeviceRetirement,
    )
}

__all__ = [
    "SYNCABLE",
    "ActionItem",
    "Assessment",
    "AssessmentDimension",
    "AssessmentFramework",
    "AssessmentQuestion",
    "AssessmentScore",
    "AttendanceMark",
    "Base",
    "Certificate",
    "CertificateOverride",
    "CertificateRevocation",
    "Decision",
    "DeviceRetirement",
    "District",
    "DuplicateDecision",
    "Enrolment",
    "FieldHead",
    "FrameworkVersion",
    "Installation",
    "IssuerStatement",
    "Meeting",
    "MeetingAttendee",
    "NapEvidence",
    "NapIndicator",
    "NapObjective",
    "NapPlan",
    "NapProgress",
    "NapTask",
    "Op",
    "Organisation",
    "PastReplica",
    "Peer",
    "PendingRegistration",
    "Person",
    "Project",
    "ProjectPartner",
    "Region",
    "Session",
    "SyncBufferCheckpoint",
    "SyncBufferedOp",
    "SyncBundle",
    "SyncChain",
    "SyncConflict",
    "SyncOrigin",
    "SyncPeerInfo",
    "SyncPeerVector",
    "SyncWaitingRow",
    "Syncable",
    "Topic",
    "Training",
    "TrainingTopic",
    "TrainingTrainer",
    "link_id",
    "new_id",
]
