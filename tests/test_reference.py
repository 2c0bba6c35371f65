"""Reference data: the committed Turtle matches the CSV files, and it conforms to the shapes."""

from __future__ import annotations

from rdflib import Graph
from rdflib.compare import isomorphic

from kg.reference import load_reference, reference_graph, reference_turtle_path
from kg.validate import ontology_graph, run_shacl


def test_reference_turtle_is_generated_from_the_csv_files():
    assert isomorphic(Graph().parse(reference_turtle_path()), reference_graph()), \
        "run `python -m kg.reference` after editing seeds/reference/*.csv"


def test_reference_conforms_to_the_shapes():
    report = run_shacl(reference_graph() + ontology_graph())
    assert report.conforms, report.text[:2000]


def test_posts_point_to_known_people_and_actors():
    ref = load_reference()
    for post in ref.posts:
        assert post.person_id in ref.people
        assert post.actor_id in ref.actors


def test_people_have_sources_and_english_labels():
    ref = load_reference()
    assert len(ref.people) >= 100
    for person in ref.people.values():
        assert person.label_en and person.sources
