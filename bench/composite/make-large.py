"""A 1,000-unit x 200-indicator three-level composite index (200 indicators -> 20 pillars -> 4 sub-indices -> index),
deterministic (seed 1), with 2% missing cells, for timing `parindex composite` at scale."""
import random, sys
random.seed(1)
out = sys.argv[1] if len(sys.argv) > 1 else "."
with open(f"{out}/large-meta.csv", "w") as f:
    f.write("iCode,Level,Parent,Weight,Direction,Type\n")
    for i in range(200):
        f.write(f"i{i},1,p{i // 10},{random.randint(1, 3)},{1 if i % 4 else -1},Indicator\n")
    for p in range(20):
        f.write(f"p{p},2,s{p // 5},1,1,Aggregate\n")
    for s in range(4):
        f.write(f"s{s},3,Index,1,1,Aggregate\n")
    f.write("Index,4,,1,1,Aggregate\n")
with open(f"{out}/large-data.csv", "w") as f:
    f.write("uCode," + ",".join(f"i{i}" for i in range(200)) + "\n")
    for u in range(1000):
        f.write(f"u{u}," + ",".join("NA" if random.random() < 0.02 else f"{random.gauss(50, 15):.4f}" for _ in range(200)) + "\n")
