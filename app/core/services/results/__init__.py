"""Results: what changed after the trainings and meetings (docs/results.md).

- `knowledge`: pre/post knowledge tests, scores typed from paper, the gain of a training.
- `outcomes`: what participants went on to do, and the follow-up list that finds it out.
- `local`: local plans, budget lines and decisions that took up a gender issue.
- `framework`: a project's results framework and the indicators Tirek computes, each
  traceable to the records behind its number.
"""
