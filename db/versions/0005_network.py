"""network: organisation profiles, capacity assessments, NAP 1325 monitoring

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-28 02:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessment_framework",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_framework")),
    )
    op.create_table(
        "nap_plan",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_year", sa.Integer(), nullable=True),
        sa.Column("end_year", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nap_plan")),
    )
    op.create_table(
        "framework_version",
        sa.Column("framework_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("scale_labels", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["assessment_framework.id"],
            name=op.f("fk_framework_version_framework_id_assessment_framework"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_framework_version")),
    )
    with op.batch_alter_table("framework_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_framework_version_framework_id"), ["framework_id"], unique=False
        )

    op.create_table(
        "nap_objective",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["nap_plan.id"], name=op.f("fk_nap_objective_plan_id_nap_plan")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nap_objective")),
    )
    with op.batch_alter_table("nap_objective", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nap_objective_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "assessment_dimension",
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["framework_version.id"],
            name=op.f("fk_assessment_dimension_version_id_framework_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_dimension")),
    )
    with op.batch_alter_table("assessment_dimension", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_dimension_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "nap_task",
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("responsible", sa.Text(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["nap_objective.id"],
            name=op.f("fk_nap_task_objective_id_nap_objective"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nap_task")),
    )
    with op.batch_alter_table("nap_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nap_task_objective_id"), ["objective_id"], unique=False
        )

    op.create_table(
        "assessment",
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_assessment_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["framework_version.id"],
            name=op.f("fk_assessment_version_id_framework_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_organisation_id_date", ["organisation_id", "date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_version_id"), ["version_id"], unique=False)

    op.create_table(
        "assessment_question",
        sa.Column("dimension_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=True),
        sa.Column("weight", sa.Double(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["assessment_dimension.id"],
            name=op.f("fk_assessment_question_dimension_id_assessment_dimension"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_question")),
    )
    with op.batch_alter_table("assessment_question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_question_dimension_id"), ["dimension_id"], unique=False
        )

    op.create_table(
        "nap_indicator",
        sa.Column("task_id", sa.String(length=36), nullable=False),
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("baseline", sa.Double(), nullable=True),
        sa.Column("target", sa.Double(), nullable=True),
        sa.Column("responsible", sa.Text(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["nap_plan.id"], name=op.f("fk_nap_indicator_plan_id_nap_plan")
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["nap_task.id"], name=op.f("fk_nap_indicator_task_id_nap_task")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nap_indicator")),
    )
    with op.batch_alter_table("nap_indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nap_indicator_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_nap_indicator_task_id"), ["task_id"], unique=False)

    op.create_table(
        "assessment_score",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=36), nullable=False),
        sa.Column("dimension_id", sa.String(length=36), nullable=False),
        sa.Column("weight", sa.Double(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_score_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["dimension_id"],
            ["assessment_dimension.id"],
            name=op.f("fk_assessment_score_dimension_id_assessment_dimension"),
        ),
        sa.ForeignKeyConstraint(
            ["question_id"],
            ["assessment_question.id"],
            name=op.f("fk_assessment_score_question_id_assessment_question"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_score")),
    )
    with op.batch_alter_table("assessment_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_score_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "nap_evidence",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["nap_indicator.id"],
            name=op.f("fk_nap_evidence_indicator_id_nap_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nap_evidence")),
    )
    with op.batch_alter_table("nap_evidence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_nap_evidence_indicator_id"), ["indicator_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nap_evidence_record_id"), ["record_id"], unique=False)

    op.create_table(
        "nap_progress",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("value", sa.Double(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["nap_indicator.id"],
            name=op.f("fk_nap_progress_indicator_id_nap_indicator"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["region.id"], name=op.f("fk_nap_progress_region_id_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nap_progress")),
    )
    with op.batch_alter_table("nap_progress", schema=None) as batch_op:
        batch_op.create_index(
            "ix_nap_progress_indicator_id_date", ["indicator_id", "date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_nap_progress_region_id"), ["region_id"], unique=False)

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("founding_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("registration_number", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("registration_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("focus_areas", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("membership_size", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("contact_person", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("network_status", sa.String(length=16), nullable=True))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), not a batch rebuild: rebuilding drops the old
    # organisation table, which people and trainings refer to, and with foreign keys on
    # that fails as soon as the database holds any work. These columns have no index or
    # constraint, so SQLite can drop them in place.
    for column in (
        "network_status",
        "contact_person",
        "membership_size",
        "focus_areas",
        "registration_date",
        "registration_number",
        "founding_year",
    ):
        op.drop_column("organisation", column)
    op.drop_table("nap_evidence")
    op.drop_table("nap_progress")
    op.drop_table("nap_indicator")
    op.drop_table("nap_task")
    op.drop_table("nap_objective")
    op.drop_table("nap_plan")
    op.drop_table("assessment_score")
    op.drop_table("assessment")
    op.drop_table("assessment_question")
    op.drop_table("assessment_dimension")
    op.drop_table("framework_version")
    op.drop_table("assessment_framework")
