"""Results: knowledge tests and scores, follow-up outcomes, local results, and a project's
results framework (indicators, targets, values entered by hand). All syncable.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "knowledge_test",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("topic_id", sa.String(length=36), nullable=True),
        sa.Column("max_score", sa.Double(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_knowledge_test_topic_id_topic")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_test")),
    )
    with op.batch_alter_table("knowledge_test", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_knowledge_test_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "result_statement",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_result_statement_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_statement")),
    )
    with op.batch_alter_table("result_statement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_result_statement_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "knowledge_question",
        sa.Column("test_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("correct_answer", sa.Text(), nullable=True),
        sa.Column("points", sa.Double(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["test_id"],
            ["knowledge_test.id"],
            name=op.f("fk_knowledge_question_test_id_knowledge_test"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_question")),
    )
    with op.batch_alter_table("knowledge_question", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_question_test_id"), ["test_id"], unique=False
        )

    op.create_table(
        "local_result",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("region_id", sa.String(length=36), nullable=True),
        sa.Column("district_id", sa.String(length=36), nullable=True),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["district_id"], ["district.id"], name=op.f("fk_local_result_district_id_district")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_local_result_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["region.id"], name=op.f("fk_local_result_region_id_region")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_result")),
    )
    with op.batch_alter_table("local_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_local_result_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_local_result_region_id"), ["region_id"], unique=False)

    op.create_table(
        "local_result_link",
        sa.Column("result_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_local_result_link_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_local_result_link_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["local_result.id"],
            name=op.f("fk_local_result_link_result_id_local_result"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_local_result_link")),
    )
    with op.batch_alter_table("local_result_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_local_result_link_result_id"), ["result_id"], unique=False
        )

    op.create_table(
        "training_test",
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("test_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["test_id"], ["knowledge_test.id"], name=op.f("fk_training_test_test_id_knowledge_test")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_training_test_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_test")),
    )
    with op.batch_alter_table("training_test", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_test_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "follow_up_call",
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_follow_up_call_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_follow_up_call_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_call")),
    )
    with op.batch_alter_table("follow_up_call", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_call_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "knowledge_score",
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("test_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("phase", sa.String(length=8), nullable=False),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_knowledge_score_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["test_id"],
            ["knowledge_test.id"],
            name=op.f("fk_knowledge_score_test_id_knowledge_test"),
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_knowledge_score_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_score")),
    )
    with op.batch_alter_table("knowledge_score", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_score_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_knowledge_score_training_id"), ["training_id"], unique=False
        )

    op.create_table(
        "outcome",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_outcome_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome")),
    )
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_person_id"), ["person_id"], unique=False)

    op.create_table(
        "result_indicator",
        sa.Column("statement_id", sa.String(length=36), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=100), nullable=True),
        sa.Column("definition", sa.String(length=48), nullable=False),
        sa.Column("sex", sa.String(length=16), nullable=True),
        sa.Column("margin", sa.Double(), nullable=True),
        sa.Column("baseline", sa.Double(), nullable=True),
        sa.Column("nap_indicator_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["nap_indicator_id"],
            ["nap_indicator.id"],
            name=op.f("fk_result_indicator_nap_indicator_id_nap_indicator"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_result_indicator_project_id_project")
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["result_statement.id"],
            name=op.f("fk_result_indicator_statement_id_result_statement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_result_indicator")),
    )
    with op.batch_alter_table("result_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_result_indicator_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_result_indicator_statement_id"), ["statement_id"], unique=False
        )

    op.create_table(
        "indicator_target",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("target", sa.Double(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["result_indicator.id"],
            name=op.f("fk_indicator_target_indicator_id_result_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_target")),
    )
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_target_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "indicator_value",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["result_indicator.id"],
            name=op.f("fk_indicator_value_indicator_id_result_indicator"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_value_indicator_id"), ["indicator_id"], unique=False
        )

    op.create_table(
        "outcome_training",
        sa.Column("outcome_id", sa.String(length=36), nullable=False),
        sa.Column("training_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["outcome_id"], ["outcome.id"], name=op.f("fk_outcome_training_outcome_id_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["training_id"], ["training.id"], name=op.f("fk_outcome_training_training_id_training")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_training")),
    )
    with op.batch_alter_table("outcome_training", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_training_outcome_id"), ["outcome_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outcome_training_training_id"), ["training_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outcome_training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_training_training_id"))
        batch_op.drop_index(batch_op.f("ix_outcome_training_outcome_id"))

    op.drop_table("outcome_training")
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_value_indicator_id"))

    op.drop_table("indicator_value")
    with op.batch_alter_table("indicator_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_target_indicator_id"))

    op.drop_table("indicator_target")
    with op.batch_alter_table("result_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_indicator_statement_id"))
        batch_op.drop_index(batch_op.f("ix_result_indicator_project_id"))

    op.drop_table("result_indicator")
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_person_id"))

    op.drop_table("outcome")
    with op.batch_alter_table("knowledge_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_score_training_id"))
        batch_op.drop_index(batch_op.f("ix_knowledge_score_person_id"))

    op.drop_table("knowledge_score")
    with op.batch_alter_table("follow_up_call", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_call_training_id"))

    op.drop_table("follow_up_call")
    with op.batch_alter_table("training_test", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_test_training_id"))

    op.drop_table("training_test")
    with op.batch_alter_table("local_result_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_local_result_link_result_id"))

    op.drop_table("local_result_link")
    with op.batch_alter_table("local_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_local_result_region_id"))
        batch_op.drop_index(batch_op.f("ix_local_result_project_id"))

    op.drop_table("local_result")
    with op.batch_alter_table("knowledge_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_question_test_id"))

    op.drop_table("knowledge_question")
    with op.batch_alter_table("result_statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_statement_project_id"))

    op.drop_table("result_statement")
    with op.batch_alter_table("knowledge_test", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_test_topic_id"))

    op.drop_table("knowledge_test")
