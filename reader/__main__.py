"""``python -m reader`` runs Kliping."""

from reader.app import main

raise SystemExit(main())
